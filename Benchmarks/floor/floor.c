/*
 * The floor of the Preflight speed benchmark: the least work any scanner of the same
 * tree must do. It walks the directory (skipping the directories Preflight skips), then
 * reads every .yaml/.yml/.json/.jsonc file and runs libyaml's event parser over it to
 * the end of the stream, building nothing. Files are parsed on --threads threads
 * (default: every core), as Preflight parses on every core.
 *
 * Build: cc -O2 -o floor floor.c $(pkg-config --cflags --libs yaml-0.1) -lpthread
 * Run:   floor [--threads N] DIRECTORY
 * Prints one line: files=F bytes=B events=E errors=X threads=T
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

/* Directory names never entered: the same set as Preflight's Discovery.skippedDirectories. */
static const char *const skipped_directories[] = {
    ".git", ".hg", ".svn", "node_modules", ".build", "vendor", ".venv", "venv", "__pycache__",
    ".tox", ".mypy_cache", ".pytest_cache", ".gradle", ".terraform", ".next", ".nuxt",
    "bower_components", "Pods", "DerivedData", ".swiftpm", ".cache", NULL,
};

/* The paths of the files to parse. */
struct file_list {
    char **paths;
    size_t count;
    size_t capacity;
};

/* What the parsing threads share: the list, the next index to take, and the totals. */
struct work {
    struct file_list *files;
    atomic_size_t next;
    atomic_ullong bytes;
    atomic_ullong events;
    atomic_ullong errors;
};

static int is_skipped_directory(const char *name) {
    for (const char *const *entry = skipped_directories; *entry; entry++) {
        if (strcmp(*entry, name) == 0) return 1;
    }
    return 0;
}

static int has_suffix(const char *name, const char *suffix) {
    size_t length = strlen(name), suffix_length = strlen(suffix);
    return length >= suffix_length && strcasecmp(name + length - suffix_length, suffix) == 0;
}

static int is_structured_text(const char *name) {
    return has_suffix(name, ".yaml") || has_suffix(name, ".yml") || has_suffix(name, ".json") ||
           has_suffix(name, ".jsonc");
}

static void add_file(struct file_list *files, const char *path) {
    if (files->count == files->capacity) {
        files->capacity = files->capacity ? files->capacity * 2 : 1024;
        files->paths = realloc(files->paths, files->capacity * sizeof(char *));
        if (!files->paths) { perror("realloc"); exit(2); }
    }
    files->paths[files->count++] = strdup(path);
}

/* Collects every structured-text file below `directory`, never following symbolic links. */
static void walk(const char *directory, struct file_list *files) {
    DIR *handle = opendir(directory);
    if (!handle) { fprintf(stderr, "floor: %s: %s\n", directory, strerror(errno)); return; }
    struct dirent *entry;
    char path[4096];
    while ((entry = readdir(handle)) != NULL) {
        const char *name = entry->d_name;
        if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0) continue;
        snprintf(path, sizeof path, "%s/%s", directory, name);
        struct stat info;
        if (lstat(path, &info) != 0) continue;
        if (S_ISDIR(info.st_mode)) {
            if (!is_skipped_directory(name)) walk(path, files);
        } else if (S_ISREG(info.st_mode) && is_structured_text(name)) {
            add_file(files, path);
        }
    }
    closedir(handle);
}

/* Reads a whole file into a fresh buffer; returns its length, or -1. */
static long read_file(const char *path, unsigned char **buffer) {
    int descriptor = open(path, O_RDONLY);
    if (descriptor < 0) return -1;
    size_t capacity = 8192, length = 0;
    unsigned char *data = malloc(capacity);
    for (;;) {
        if (length == capacity) { capacity *= 2; data = realloc(data, capacity); }
        ssize_t count = read(descriptor, data + length, capacity - length);
        if (count < 0) { free(data); close(descriptor); return -1; }
        if (count == 0) break;
        length += (size_t)count;
    }
    close(descriptor);
    *buffer = data;
    return (long)length;
}

/* Runs the event parser over one file to the end of its stream; returns the event count. */
static unsigned long long parse(const unsigned char *data, size_t length, int *failed) {
    yaml_parser_t parser;
    yaml_event_t event;
    unsigned long long events = 0;
    *failed = 0;
    if (!yaml_parser_initialize(&parser)) { *failed = 1; return 0; }
    yaml_parser_set_input_string(&parser, data, length);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) { *failed = 1; break; }
        events++;
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done) break;
    }
    yaml_parser_delete(&parser);
    return events;
}

static void *parse_files(void *argument) {
    struct work *work = argument;
    for (;;) {
        size_t index = atomic_fetch_add(&work->next, 1);
        if (index >= work->files->count) break;
        unsigned char *data = NULL;
        long length = read_file(work->files->paths[index], &data);
        if (length < 0) { atomic_fetch_add(&work->errors, 1); continue; }
        int failed;
        unsigned long long events = parse(data, (size_t)length, &failed);
        free(data);
        atomic_fetch_add(&work->bytes, (unsigned long long)length);
        atomic_fetch_add(&work->events, events);
        if (failed) atomic_fetch_add(&work->errors, 1);
    }
    return NULL;
}

int main(int argc, char **argv) {
    long threads = sysconf(_SC_NPROCESSORS_ONLN);
    const char *root = NULL;
    for (int index = 1; index < argc; index++) {
        if (strcmp(argv[index], "--threads") == 0 && index + 1 < argc) {
            threads = strtol(argv[++index], NULL, 10);
        } else if (argv[index][0] == '-') {
            fprintf(stderr, "usage: floor [--threads N] DIRECTORY\n");
            return 2;
        } else {
            root = argv[index];
        }
    }
    if (!root || threads < 1) { fprintf(stderr, "usage: floor [--threads N] DIRECTORY\n"); return 2; }

    struct file_list files = {0};
    walk(root, &files);

    struct work work = {.files = &files};
    atomic_init(&work.next, 0);
    atomic_init(&work.bytes, 0);
    atomic_init(&work.events, 0);
    atomic_init(&work.errors, 0);
    pthread_t *workers = calloc((size_t)threads, sizeof(pthread_t));
    for (long index = 0; index < threads; index++) pthread_create(&workers[index], NULL, parse_files, &work);
    for (long index = 0; index < threads; index++) pthread_join(workers[index], NULL);

    printf("files=%zu bytes=%llu events=%llu errors=%llu threads=%ld\n", files.count,
           (unsigned long long)atomic_load(&work.bytes), (unsigned long long)atomic_load(&work.events),
           (unsigned long long)atomic_load(&work.errors), threads);
    for (size_t index = 0; index < files.count; index++) free(files.paths[index]);
    free(files.paths);
    free(workers);
    return 0;
}
