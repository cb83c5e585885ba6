/*
 * BiViewsCheck.java: the BI surface of vigo_cal (the views in schema
 * vigo_cal_bi) as a JDBC client sees it, through the PostgreSQL driver and
 * nothing else.
 *
 * For every view DatabaseMetaData reports in vigo_cal_bi: the view and each
 * column carry a comment (REMARKS), each column has a JDBC type a BI tool
 * can use (never OTHER, JAVA_OBJECT, STRUCT, ARRAY or DISTINCT) and one of
 * the built-in PostgreSQL types the BI surface allows; then the view is
 * read unfiltered and filtered on school_year and/or county with a bound
 * parameter (setString, and setObject(..., Types.VARCHAR)), over a session
 * that sets no option and no search_path.  The result's column types are
 * checked again, every row must match the filter, and the row counts are
 * held against an optional expectations file.  Prints TAP; exits 0 when
 * every test passed, 1 when one failed, 2 when it could not run.
 *
 *   javac --release 17 -cp /usr/share/java/postgresql.jar -d OUT BiViewsCheck.java
 *   java -cp OUT:/usr/share/java/postgresql.jar BiViewsCheck \
 *        HOST PORT DATABASE USER SCHOOL_YEAR COUNTY [EXPECT_FILE]
 *
 * EXPECT_FILE has lines "KEY = MIN_ROWS" ('#' starts a comment).  KEY is a
 * view name (every query of that view), VIEW.KIND for one kind of query
 * (KIND: all, school_year, county, both), or '*' / '*.KIND' for every view.
 * The most specific key wins.  A view without an expectation is only read.
 * A key naming a view that does not exist, or a kind the view cannot be
 * filtered by, is a failure: a renamed view must not lose its checks.
 */
import java.io.IOException;
import java.io.Reader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.JDBCType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

public final class BiViewsCheck {
	static final String SCHEMA = "vigo_cal_bi";

	/* JDBC types a BI tool maps to a plain value; the brief's forbidden five are not among them. */
	static final Set<Integer> ALLOWED_JDBC = Set.of(Types.VARCHAR, Types.SMALLINT, Types.INTEGER,
			Types.BIGINT, Types.NUMERIC, Types.DATE, Types.TIMESTAMP,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.BIT, Types.BOOLEAN);
	static final Set<Integer> FORBIDDEN_JDBC = Set.of(Types.OTHER, Types.JAVA_OBJECT, Types.STRUCT,
			Types.ARRAY, Types.DISTINCT);

	/* PostgreSQL types of the BI surface (pg_catalog names, as the driver reports them). */
	static final Set<String> ALLOWED_PG = Set.of("text", "varchar", "int2", "int4", "int8",
			"numeric", "date", "timestamptz", "bool");

	static final List<String> KINDS = List.of("all", "school_year", "county", "both");

	/* TAP collected in memory, so that the plan can come first. */
	static final class Tap {
		final List<String> lines = new ArrayList<>();
		int count;
		int failed;

		boolean ok(boolean cond, String name, List<String> diag) {
			count++;
			if (!cond)
				failed++;
			lines.add((cond ? "ok " : "not ok ") + count + " - " + clean(name));
			if (!cond)
				for (String d : diag)
					if (!d.isEmpty())
						for (String l : d.split("\n"))
							lines.add("#   " + l);
			return cond;
		}

		void note(String text) {
			lines.add("# " + clean(text));
		}

		void print() {
			System.out.println("1.." + count);
			lines.forEach(System.out::println);
		}

		static String clean(String s) {
			return s.replace("\n", " ").replace("#", "\\#");
		}
	}

	/* A view as DatabaseMetaData describes it. */
	record Column(String name, int jdbcType, String typeName, String remarks) {
	}

	record View(String name, String remarks, List<Column> columns) {
		boolean has(String column) {
			return columns.stream().anyMatch(c -> c.name().equals(column));
		}
	}

	public static void main(String[] args) {
		if (args.length < 6 || args.length > 7) {
			System.err.println("usage: BiViewsCheck HOST PORT DATABASE USER SCHOOL_YEAR COUNTY [EXPECT_FILE]");
			System.exit(2);
		}
		String url = "jdbc:postgresql://" + args[0] + ":" + args[1] + "/" + enc(args[2])
				+ "?user=" + enc(args[3]);
		Tap tap = new Tap();
		Properties expect = new Properties();
		if (args.length == 7) {
			try (Reader r = Files.newBufferedReader(Path.of(args[6]), StandardCharsets.UTF_8)) {
				expect.load(r);
			} catch (IOException e) {
				System.out.println("Bail out! cannot read " + args[6] + ": " + e.getMessage());
				System.exit(2);
			}
		}
		try (Connection c = DriverManager.getConnection(url)) {
			check(tap, c, args[4], args[5], expect, args.length == 7 ? args[6] : null);
		} catch (SQLException e) {
			System.out.println("Bail out! " + url + ": SQLSTATE " + e.getSQLState() + ": " + e.getMessage());
			System.exit(2);
		}
		tap.print();
		System.exit(tap.failed == 0 ? 0 : 1);
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	static String ident(String s) {
		return "\"" + s.replace("\"", "\"\"") + "\"";
	}

	/* Every test, in order: the session, the schema, each view. */
	static void check(Tap tap, Connection c, String year, String county, Properties expect,
			String expectFile) throws SQLException {
		DatabaseMetaData md = c.getMetaData();
		tap.note(md.getDatabaseProductName() + " " + md.getDatabaseProductVersion() + ", "
				+ md.getDriverName() + " " + md.getDriverVersion() + ", Java "
				+ System.getProperty("java.version"));
		checkSession(tap, c);
		String esc = md.getSearchStringEscape();
		List<View> views = readViews(tap, md, esc);
		tap.ok(!views.isEmpty(), "schema " + SCHEMA + " has views (" + views.size() + ")",
				List.of("DatabaseMetaData.getTables found no VIEW in " + SCHEMA));
		if (expectFile != null)
			checkExpectations(tap, views, expect, expectFile);
		for (View v : views) {
			checkMetadata(tap, v);
			checkQueries(tap, c, v, year, county, expect);
		}
	}

	/* The session: over TCP, not a superuser, the extension's schemas not on search_path. */
	static void checkSession(Tap tap, Connection c) throws SQLException {
		String sql = "SELECT current_user, r.rolsuper, host(inet_server_addr()),"
				+ " current_setting('search_path'), array_to_string(current_schemas(true), ',')"
				+ " FROM pg_catalog.pg_roles r WHERE r.rolname = current_user";
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			rs.next();
			String user = rs.getString(1);
			boolean superuser = rs.getBoolean(2);
			String addr = rs.getString(3);
			tap.ok(addr != null && !superuser,
					"connected as " + user + " over TCP to " + addr + ", not a superuser",
					List.of(addr == null ? "inet_server_addr() is NULL: not a TCP connection" : "",
							superuser ? user + " is a superuser: grants are not being tested" : ""));
			String path = rs.getString(4);
			List<String> schemas = List.of(rs.getString(5).split(","));
			boolean clean = !schemas.contains("vigo_cal") && !schemas.contains(SCHEMA);
			tap.ok(clean, "search_path '" + path + "' leaves out vigo_cal and " + SCHEMA,
					List.of("current_schemas(true) = " + schemas,
							"the filters below would not prove they work without a search_path"));
		}
	}

	static String likeEscape(String s, String esc) {
		return s.replace(esc, esc + esc).replace("_", esc + "_").replace("%", esc + "%");
	}

	/* The views of the schema, with their columns; also checks nothing else lives there. */
	static List<View> readViews(Tap tap, DatabaseMetaData md, String esc) throws SQLException {
		String schemaPattern = likeEscape(SCHEMA, esc);
		List<String> others = new ArrayList<>();
		try (ResultSet rs = md.getTables(null, schemaPattern, "%", null)) {
			while (rs.next())
				if (SCHEMA.equals(rs.getString("TABLE_SCHEM")) && !"VIEW".equals(rs.getString("TABLE_TYPE")))
					others.add(rs.getString("TABLE_NAME") + " (" + rs.getString("TABLE_TYPE") + ")");
		}
		tap.ok(others.isEmpty(), "schema " + SCHEMA + " holds plain views only",
				List.of("not a plain view: " + String.join(", ", others)));
		List<View> views = new ArrayList<>();
		try (ResultSet rs = md.getTables(null, schemaPattern, "%", new String[] {"VIEW"})) {
			while (rs.next())
				if (SCHEMA.equals(rs.getString("TABLE_SCHEM")))
					views.add(new View(rs.getString("TABLE_NAME"), rs.getString("REMARKS"), new ArrayList<>()));
		}
		for (View v : views) {
			try (ResultSet rs = md.getColumns(null, schemaPattern, likeEscape(v.name(), esc), "%")) {
				while (rs.next())
					if (SCHEMA.equals(rs.getString("TABLE_SCHEM")) && v.name().equals(rs.getString("TABLE_NAME")))
						v.columns().add(new Column(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"),
								rs.getString("TYPE_NAME"), rs.getString("REMARKS")));
			}
		}
		return views;
	}

	static String jdbcName(int type) {
		try {
			return JDBCType.valueOf(type).getName();
		} catch (IllegalArgumentException e) {
			return "unknown";
		}
	}

	/* Why a column type is not for BI, or null when it is. */
	static String typeProblem(int jdbcType, String pgType) {
		if (FORBIDDEN_JDBC.contains(jdbcType))
			return "java.sql.Types " + jdbcName(jdbcType) + " (" + jdbcType + ") is forbidden";
		if (!ALLOWED_JDBC.contains(jdbcType))
			return "java.sql.Types " + jdbcName(jdbcType) + " (" + jdbcType + ") is not a BI type";
		if (!ALLOWED_PG.contains(pgType))
			return "PostgreSQL type " + pgType + " is not one of " + new TreeSet<>(ALLOWED_PG);
		return null;
	}

	static String typeLabel(int jdbcType, String pgType) {
		return pgType + " (java.sql.Types " + jdbcName(jdbcType) + ")";
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/* The comments and the types DatabaseMetaData reports. */
	static void checkMetadata(Tap tap, View v) {
		tap.ok(!blank(v.remarks()), v.name() + ": view has a comment",
				List.of("COMMENT ON VIEW " + SCHEMA + "." + v.name() + " is missing"));
		tap.ok(!v.columns().isEmpty(), v.name() + ": getColumns lists " + v.columns().size() + " columns",
				List.of("no columns"));
		for (Column col : v.columns()) {
			String where = v.name() + "." + col.name();
			tap.ok(!blank(col.remarks()), where + " has a comment",
					List.of("COMMENT ON COLUMN " + SCHEMA + "." + where + " is missing"));
			String problem = typeProblem(col.jdbcType(), col.typeName());
			tap.ok(problem == null, where + ": " + typeLabel(col.jdbcType(), col.typeName()),
					List.of(problem == null ? "" : problem));
		}
	}

	/* The minimum row count the expectations give for a kind of query on a view, or null. */
	static Integer expected(Properties expect, String view, String kind) {
		for (String key : List.of(view + "." + kind, view, "*." + kind, "*")) {
			String val = expect.getProperty(key);
			if (val != null) {
				try {
					return Integer.valueOf(val.trim());
				} catch (NumberFormatException e) {
					return null; /* reported by checkExpectations */
				}
			}
		}
		return null;
	}

	static boolean kindApplies(View v, String kind) {
		return switch (kind) {
			case "all" -> true;
			case "school_year" -> v.has("school_year");
			case "county" -> v.has("county");
			case "both" -> v.has("school_year") && v.has("county");
			default -> false;
		};
	}

	/* Every key of the expectations file names a view that exists and a kind it supports. */
	static void checkExpectations(Tap tap, List<View> views, Properties expect, String file) {
		Map<String, View> byName = new LinkedHashMap<>();
		views.forEach(v -> byName.put(v.name(), v));
		List<String> diag = new ArrayList<>();
		for (String key : new TreeSet<>(expect.stringPropertyNames())) {
			String val = expect.getProperty(key).trim();
			if (!val.matches("[0-9]+"))
				diag.add(key + ": '" + val + "' is not a row count");
			int dot = key.lastIndexOf('.');
			String view = dot < 0 ? key : key.substring(0, dot);
			String kind = dot < 0 ? null : key.substring(dot + 1);
			if (kind != null && !KINDS.contains(kind))
				diag.add(key + ": unknown kind '" + kind + "' (one of " + KINDS + ")");
			else if (!view.equals("*") && !byName.containsKey(view))
				diag.add(key + ": there is no view " + SCHEMA + "." + view);
			else if (!view.equals("*") && kind != null && !kindApplies(byName.get(view), kind))
				diag.add(key + ": view " + view + " has no column to filter by for '" + kind + "'");
		}
		tap.ok(diag.isEmpty(), "expectations " + file + ": " + expect.size() + " entries, all valid", diag);
	}

	/* The unfiltered read and each filtered one, with both ways of binding a string. */
	static void checkQueries(Tap tap, Connection c, View v, String year, String county, Properties expect) {
		runQuery(tap, c, v, "all", null, Map.of(), expected(expect, v.name(), "all"));
		for (String how : List.of("setString", "setObject(VARCHAR)")) {
			if (kindApplies(v, "school_year"))
				runQuery(tap, c, v, "school_year", how, Map.of("school_year", year),
						expected(expect, v.name(), "school_year"));
			if (kindApplies(v, "county"))
				runQuery(tap, c, v, "county", how, Map.of("county", county),
						expected(expect, v.name(), "county"));
		}
		if (kindApplies(v, "both")) {
			Map<String, String> both = new LinkedHashMap<>();
			both.put("school_year", year);
			both.put("county", county);
			runQuery(tap, c, v, "both", "setString", both, expected(expect, v.name(), "both"));
		}
	}

	/* One query: it runs, its result types are for BI, its rows match the filter and the count. */
	static void runQuery(Tap tap, Connection c, View v, String kind, String how, Map<String, String> filter,
			Integer min) {
		StringBuilder sql = new StringBuilder("SELECT * FROM " + ident(SCHEMA) + "." + ident(v.name()));
		StringBuilder label = new StringBuilder(v.name() + ":");
		String sep = " WHERE ";
		for (Map.Entry<String, String> f : filter.entrySet()) {
			sql.append(sep).append(ident(f.getKey())).append(" = ?");
			label.append(sep).append(f.getKey()).append(" = '").append(f.getValue()).append("'");
			sep = " AND ";
		}
		label.append(how == null ? " SELECT * (no filter)" : " (" + how + ")");
		List<String> diag = new ArrayList<>();
		int rows = -1;
		try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
			int i = 1;
			for (String val : filter.values()) {
				if ("setString".equals(how))
					ps.setString(i++, val);
				else
					ps.setObject(i++, val, Types.VARCHAR);
			}
			try (ResultSet rs = ps.executeQuery()) {
				ResultSetMetaData rmd = rs.getMetaData();
				for (int k = 1; k <= rmd.getColumnCount(); k++) {
					String problem = typeProblem(rmd.getColumnType(k), rmd.getColumnTypeName(k));
					if (problem != null)
						diag.add("result column " + rmd.getColumnName(k) + ": " + problem);
				}
				rows = 0;
				int mismatches = 0;
				while (rs.next()) {
					rows++;
					for (Map.Entry<String, String> f : filter.entrySet()) {
						String got = rs.getString(f.getKey());
						if (!f.getValue().equals(got) && mismatches++ < 3)
							diag.add("row " + rows + ": " + f.getKey() + " = " + got + ", filtered for "
									+ f.getValue());
					}
				}
			}
		} catch (SQLException e) {
			diag.add("SQLSTATE " + e.getSQLState() + ": " + e.getMessage());
			diag.add(sql.toString());
		}
		if (rows >= 0 && min != null && rows < min)
			diag.add(rows + " rows, the expectations want at least " + min);
		label.append(rows < 0 ? ": fails" : ": " + rows + (rows == 1 ? " row" : " rows"));
		if (min != null)
			label.append(" (at least ").append(min).append(")");
		tap.ok(diag.isEmpty(), label.toString(), diag);
	}
}
