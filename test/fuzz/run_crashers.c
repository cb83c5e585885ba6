/*
 * run_crashers.c
 *	  Replay driver for the fuzz targets, without libFuzzer: linked with one
 *	  test/fuzz/fuzz_<name>.c (and properties.c and the core), it feeds each
 *	  file named on the command line, or found in a directory named there,
 *	  to that target's LLVMFuzzerTestOneInput, each in a child process, so
 *	  that a failing input (abort() from a property, a sanitizer report, a
 *	  signal) is reported and the others still run.  Built with plain cc by
 *	  "make fuzz-regress", which replays test/fuzz/corpus/<name>/ and
 *	  test/fuzz/crashers/<name>/.
 *
 *	  usage: <name>_replay [-q] FILE-OR-DIR...
 *	  exit status: 0 if every input passed, 1 if any failed, 2 on usage or
 *	  I/O errors.
 */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int	quiet = 0;
static int	ninputs = 0;
static int	nfailed = 0;
static int	nerrors = 0;

/* Read a whole file; NULL (and a message) on error. */
static uint8_t *
read_file(const char *path, size_t *size)
{
	FILE	   *f = fopen(path, "rb");
	uint8_t    *buf = NULL;
	size_t		cap = 0,
				len = 0;

	if (f == NULL)
	{
		fprintf(stderr, "replay: cannot open %s: %s\n", path, strerror(errno));
		return NULL;
	}
	for (;;)
	{
		size_t		got;

		if (len == cap)
		{
			uint8_t    *bigger;

			cap = cap ? 2 * cap : 4096;
			bigger = realloc(buf, cap);
			if (bigger == NULL)
			{
				fprintf(stderr, "replay: out of memory reading %s\n", path);
				free(buf);
				fclose(f);
				return NULL;
			}
			buf = bigger;
		}
		got = fread(buf + len, 1, cap - len, f);
		len += got;
		if (got == 0)
			break;
	}
	if (ferror(f))
	{
		fprintf(stderr, "replay: error reading %s\n", path);
		free(buf);
		fclose(f);
		return NULL;
	}
	fclose(f);
	*size = len;
	return buf;
}

/* Run one input in a child process and report how it went. */
static void
replay_file(const char *path)
{
	size_t		size = 0;
	uint8_t    *data = read_file(path, &size);
	pid_t		pid;
	int			status;

	if (data == NULL)
	{
		nerrors++;
		return;
	}
	fflush(stdout);
	fflush(stderr);
	pid = fork();
	if (pid < 0)
	{
		fprintf(stderr, "replay: fork: %s\n", strerror(errno));
		nerrors++;
		free(data);
		return;
	}
	if (pid == 0)
	{
		/* the target sees exactly the file's bytes, in a block of that size */
		uint8_t    *copy = malloc(size ? size : 1);

		if (copy == NULL)
			_exit(3);
		memcpy(copy, data, size);
		LLVMFuzzerTestOneInput(copy, size);
		free(copy);
		_exit(0);
	}
	free(data);
	while (waitpid(pid, &status, 0) < 0)
	{
		if (errno != EINTR)
		{
			fprintf(stderr, "replay: waitpid: %s\n", strerror(errno));
			nerrors++;
			return;
		}
	}
	ninputs++;
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
	{
		if (!quiet)
			printf("ok   %s\n", path);
		return;
	}
	nfailed++;
	if (WIFSIGNALED(status))
		printf("FAIL %s (signal %d)\n", path, WTERMSIG(status));
	else
		printf("FAIL %s (exit status %d)\n", path, WEXITSTATUS(status));
}

static int
compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* Replay the regular files of a directory, in name order (not recursive). */
static void
replay_dir(const char *dir)
{
	DIR		   *d = opendir(dir);
	struct dirent *e;
	char	  **names = NULL;
	size_t		n = 0,
				cap = 0,
				i;

	if (d == NULL)
	{
		fprintf(stderr, "replay: cannot open directory %s: %s\n", dir, strerror(errno));
		nerrors++;
		return;
	}
	while ((e = readdir(d)) != NULL)
	{
		size_t		len;
		char	   *path;
		struct stat st;

		if (e->d_name[0] == '.')
			continue;			/* ".", ".." and hidden files such as .gitkeep */
		len = strlen(dir) + 1 + strlen(e->d_name) + 1;
		path = malloc(len);
		if (path == NULL)
			break;
		snprintf(path, len, "%s/%s", dir, e->d_name);
		if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
		{
			free(path);
			continue;
		}
		if (n == cap)
		{
			char	  **bigger;

			cap = cap ? 2 * cap : 64;
			bigger = realloc(names, cap * sizeof(*names));
			if (bigger == NULL)
			{
				free(path);
				break;
			}
			names = bigger;
		}
		names[n++] = path;
	}
	closedir(d);
	if (n > 0)
		qsort(names, n, sizeof(*names), compare_names);
	for (i = 0; i < n; i++)
	{
		replay_file(names[i]);
		free(names[i]);
	}
	free(names);
}

int
main(int argc, char **argv)
{
	int			i;

	if (argc < 2)
	{
		fprintf(stderr, "usage: %s [-q] FILE-OR-DIR...\n", argv[0]);
		return 2;
	}
	for (i = 1; i < argc; i++)
	{
		struct stat st;

		if (strcmp(argv[i], "-q") == 0)
		{
			quiet = 1;
			continue;
		}
		if (stat(argv[i], &st) != 0)
		{
			fprintf(stderr, "replay: %s: %s\n", argv[i], strerror(errno));
			nerrors++;
		}
		else if (S_ISDIR(st.st_mode))
			replay_dir(argv[i]);
		else
			replay_file(argv[i]);
	}
	printf("%s: %d inputs replayed, %d failed\n", argv[0], ninputs, nfailed);
	return nerrors ? 2 : nfailed ? 1 : 0;
}
