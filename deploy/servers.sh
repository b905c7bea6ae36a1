# Throwaway PostgreSQL and Redis on free loopback ports, for tests and local experiments,
# and Debian's Chromium for the browser tests.
# Source this file, then: servers_install_missing; servers_start; ...; servers_stop.
# Sets PG_PORT, PG_SUPERUSER, REDIS_PORT and SERVERS_DIR.

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

pg_bin_dir() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        if [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
    done
    return 1
}

servers_install_missing() {
    local packages=()
    pg_bin_dir >/dev/null || packages+=(postgresql)
    command -v redis-server >/dev/null || packages+=(redis-server)
    # The browser tests drive Debian's Chromium; Chinese pages need CJK fonts for readable screenshots.
    command -v chromium >/dev/null || packages+=(chromium)
    # The two-node test puts Caddy in front of two BotHost processes, as deploy/compose does.
    command -v caddy >/dev/null || packages+=(caddy)
    dpkg -s fonts-noto-cjk >/dev/null 2>&1 || packages+=(fonts-noto-cjk)
    if [ "${#packages[@]}" -gt 0 ]; then
        echo "servers.sh: installing ${packages[*]} from Debian's packages"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
        # The Debian packages start system-wide instances; the tests use their own.
        as_root service postgresql stop >/dev/null 2>&1 || true
        as_root service redis-server stop >/dev/null 2>&1 || true
        as_root service caddy stop >/dev/null 2>&1 || true
    fi
}

free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$(( (RANDOM % 20000) + 30000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
    done
    echo "servers.sh: no free port found" >&2
    return 1
}

servers_start() {
    local bin owner
    bin="$(pg_bin_dir)"
    SERVERS_DIR="$(mktemp -d -t buildingbot-servers.XXXXXX)"
    chmod 755 "$SERVERS_DIR"
    PG_PORT="$(free_port)"
    PG_SUPERUSER=postgres

    # PostgreSQL refuses to run as root: as root, run it as the postgres system user.
    owner="$(id -un)"
    if [ "$(id -u)" -eq 0 ]; then
        owner=postgres
        id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    fi
    mkdir -p "$SERVERS_DIR/pg"
    chown "$owner" "$SERVERS_DIR/pg"
    run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
    run_pg "$bin/initdb" -D "$SERVERS_DIR/pg/data" -U "$PG_SUPERUSER" --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    run_pg "$bin/pg_ctl" -D "$SERVERS_DIR/pg/data" -l "$SERVERS_DIR/pg/server.log" -w -t 60 start \
        -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $SERVERS_DIR/pg -c max_connections=300 -c fsync=off" >/dev/null

    REDIS_PORT="$(free_port)"
    mkdir -p "$SERVERS_DIR/redis"
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
        --dir "$SERVERS_DIR/redis" --pidfile "$SERVERS_DIR/redis/redis.pid" --logfile "$SERVERS_DIR/redis/redis.log"
    for _ in $(seq 1 50); do
        if redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then break; fi
        sleep 0.1
    done
    export PG_PORT PG_SUPERUSER REDIS_PORT SERVERS_DIR
}

servers_stop() {
    local bin
    bin="$(pg_bin_dir)" || true
    if [ -n "${SERVERS_DIR:-}" ] && [ -d "$SERVERS_DIR" ]; then
        if [ -f "$SERVERS_DIR/pg/data/postmaster.pid" ]; then
            if [ "$(id -u)" -eq 0 ]; then
                runuser -u postgres -- "$bin/pg_ctl" -D "$SERVERS_DIR/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
            else
                "$bin/pg_ctl" -D "$SERVERS_DIR/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
            fi
        fi
        if [ -f "$SERVERS_DIR/redis/redis.pid" ]; then
            local pid
            pid="$(cat "$SERVERS_DIR/redis/redis.pid")"
            kill "$pid" 2>/dev/null || true
            # Redis writes its last log lines while it exits: wait for it before removing its folder.
            for _ in $(seq 1 100); do
                kill -0 "$pid" 2>/dev/null || break
                sleep 0.1
            done
        fi
        rm -rf "$SERVERS_DIR" 2>/dev/null || { sleep 1; rm -rf "$SERVERS_DIR" || true; }
    fi
}
