#!/usr/bin/env bash
# Starts the Stratagem workbench of this folder with the machine's Java 17 or newer.
# The product has no native launcher (it is not on Maven Central): Java starts the Equinox launcher,
# so JVM options go in STRATAGEM_WORKBENCH_JAVA_OPTS, not in an eclipse.ini.
# Workspace: $STRATAGEM_WORKSPACE, by default ~/stratagem-workspace. Other arguments go to Eclipse.
set -euo pipefail
home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
launcher="$(ls "$home"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)"
if [ -z "$launcher" ]; then
	echo "stratagem-workbench: no Equinox launcher in $home/plugins: rebuild the product (see README.md)" >&2
	exit 2
fi
if ! command -v java >/dev/null 2>&1; then
	echo "stratagem-workbench: java not found: install a Java 17 runtime (Debian: apt-get install openjdk-17-jre)" >&2
	exit 2
fi
# shellcheck disable=SC2086
exec java ${STRATAGEM_WORKBENCH_JAVA_OPTS:--Xmx2g} -jar "$launcher" -data "${STRATAGEM_WORKSPACE:-$HOME/stratagem-workspace}" "$@"
