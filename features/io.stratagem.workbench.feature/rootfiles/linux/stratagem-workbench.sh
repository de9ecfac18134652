#!/usr/bin/env bash
# Starts the Stratagem workbench of this folder with the machine's Java 17 or newer (JAVA_HOME's, else the
# first java on PATH). The product has no native launcher (it is not on Maven Central): Java starts the
# Equinox launcher, so JVM options go in STRATAGEM_WORKBENCH_JAVA_OPTS, not in an eclipse.ini.
# Workspace: $STRATAGEM_WORKSPACE, by default ~/stratagem-workspace. Other arguments go to Eclipse.
# Needs GTK 3, and WebKitGTK for the Diagram view (Debian: apt-get install libgtk-3-0 libwebkit2gtk-4.1-0).
set -euo pipefail
home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
launcher="$(ls "$home"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)"
if [ -z "$launcher" ]; then
	echo "stratagem-workbench: no Equinox launcher in $home/plugins: unpack the whole archive again" >&2
	exit 2
fi
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
	java="$JAVA_HOME/bin/java"
elif command -v java >/dev/null 2>&1; then
	java=java
else
	echo "stratagem-workbench: no Java found: install a Java 17 (or newer) runtime (Debian: apt-get install openjdk-17-jre;" \
		"others: Eclipse Temurin from https://adoptium.net) and put it on PATH or set JAVA_HOME" >&2
	exit 2
fi
version="$("$java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)"
major="${version%%[.+-]*}"
if [ "$major" = 1 ]; then major="$(echo "$version" | cut -d. -f2)"; fi
if ! [[ "$major" =~ ^[0-9]+$ ]] || [ "$major" -lt 17 ]; then
	echo "stratagem-workbench: needs Java 17 or newer, but $java is version ${version:-unknown}: install a Java 17 (or newer)" \
		"runtime (Debian: apt-get install openjdk-17-jre; others: Eclipse Temurin from https://adoptium.net)" >&2
	exit 2
fi
# shellcheck disable=SC2086
exec "$java" ${STRATAGEM_WORKBENCH_JAVA_OPTS:--Xmx2g} -jar "$launcher" -data "${STRATAGEM_WORKSPACE:-$HOME/stratagem-workspace}" "$@"
