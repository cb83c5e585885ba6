/*
 * BiPanels.java: the dashboard panels of doc/dashboards.md as a BI tool
 * that uses the PostgreSQL JDBC driver runs them: a prepared statement, the
 * panel's filter values bound with setString, over a session that sets
 * nothing (no search_path, no time zone, no vigo_cal option).
 *
 *   java -cp OUT:/usr/share/java/postgresql.jar BiPanels HOST PORT DATABASE PANELS_FILE OUT_TSV
 *
 * PANELS_FILE is written by panels.py extract: for each panel the lines
 * "panel NAME", "login ROLE", "param VALUE" (one per ?), "sql", the query,
 * "end".  Each panel must run, every result column must have a JDBC type a
 * BI tool can use (never OTHER), and its rows go to OUT_TSV ("panel NAME",
 * then one tab-separated line per row, NULL as \N) for panels.py compare.
 * Prints TAP; exits 0 when every test passed, 1 when one failed, 2 when it
 * could not run.
 */
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.JDBCType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

public final class BiPanels {
	static final Set<Integer> FORBIDDEN_JDBC = Set.of(Types.OTHER, Types.JAVA_OBJECT, Types.STRUCT,
			Types.ARRAY, Types.DISTINCT);

	record Panel(String name, String login, List<String> params, String sql) {
	}

	static final List<String> tap = new ArrayList<>();
	static int failed;

	static void ok(boolean cond, String name, List<String> diag) {
		tap.add((cond ? "ok " : "not ok ") + (tap.stream().filter(l -> l.startsWith("ok ") || l.startsWith("not ok ")).count() + 1)
				+ " - " + name.replace("#", "\\#"));
		if (!cond) {
			failed++;
			for (String d : diag)
				for (String l : d.split("\n"))
					tap.add("#   " + l);
		}
	}

	static List<Panel> read(Path file) throws IOException {
		List<Panel> out = new ArrayList<>();
		String name = null, login = null;
		List<String> params = new ArrayList<>();
		StringBuilder sql = null;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (sql != null) {
				if (line.equals("end")) {
					out.add(new Panel(name, login, params, sql.toString()));
					name = login = null;
					params = new ArrayList<>();
					sql = null;
				} else
					sql.append(line).append('\n');
			} else if (line.startsWith("panel "))
				name = line.substring(6);
			else if (line.startsWith("login "))
				login = line.substring(6);
			else if (line.startsWith("param "))
				params.add(line.substring(6));
			else if (line.equals("sql"))
				sql = new StringBuilder();
		}
		return out;
	}

	static String tsv(String v) {
		return v == null ? "\\N" : v.replace('\t', ' ').replace('\n', ' ');
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 5) {
			System.err.println("usage: BiPanels HOST PORT DATABASE PANELS_FILE OUT_TSV");
			System.exit(2);
		}
		List<Panel> panels = read(Path.of(args[3]));
		Map<String, Connection> conns = new HashMap<>();
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[4]), StandardCharsets.UTF_8))) {
			ok(!panels.isEmpty(), args[3] + " has " + panels.size() + " panels", List.of("no panel"));
			for (Panel p : panels) {
				List<String> diag = new ArrayList<>();
				int rows = -1;
				StringBuilder types = new StringBuilder();
				try {
					Connection c = conns.get(p.login());
					if (c == null) {
						c = DriverManager.getConnection("jdbc:postgresql://" + args[0] + ":" + args[1] + "/"
								+ URLEncoder.encode(args[2], StandardCharsets.UTF_8) + "?user="
								+ URLEncoder.encode(p.login(), StandardCharsets.UTF_8));
						conns.put(p.login(), c);
					}
					try (PreparedStatement ps = c.prepareStatement(p.sql())) {
						for (int i = 0; i < p.params().size(); i++)
							ps.setString(i + 1, p.params().get(i));
						try (ResultSet rs = ps.executeQuery()) {
							ResultSetMetaData md = rs.getMetaData();
							for (int k = 1; k <= md.getColumnCount(); k++) {
								int t = md.getColumnType(k);
								types.append(k == 1 ? "" : ", ").append(md.getColumnName(k)).append(' ')
										.append(JDBCType.valueOf(t).getName());
								if (FORBIDDEN_JDBC.contains(t))
									diag.add("column " + md.getColumnName(k) + ": java.sql.Types " + JDBCType.valueOf(t).getName());
							}
							List<String> lines = new ArrayList<>();
							while (rs.next()) {
								StringBuilder row = new StringBuilder();
								for (int k = 1; k <= md.getColumnCount(); k++)
									row.append(k == 1 ? "" : "\t").append(tsv(rs.getString(k)));
								lines.add(row.toString());
							}
							rows = lines.size();
							out.println("panel " + p.name() + "\t" + rows + " rows");
							lines.forEach(out::println);
						}
					}
				} catch (SQLException e) {
					diag.add("SQLSTATE " + e.getSQLState() + ": " + e.getMessage());
				}
				ok(diag.isEmpty(), p.name() + ": as " + p.login() + ", setString " + p.params() + ", no setting: "
						+ (rows < 0 ? "fails" : rows + " rows") + " (" + types + ")", diag);
			}
		}
		for (Connection c : conns.values())
			c.close();
		System.out.println("1.." + tap.stream().filter(l -> l.startsWith("ok ") || l.startsWith("not ok ")).count());
		tap.forEach(System.out::println);
		System.exit(failed == 0 ? 0 : 1);
	}
}
