#!/bin/sh
# Links the Java runtime the launcher runs on, beside the jar: only the modules the program uses (issue 13: a JVM
# with 21 modules instead of 70 starts its module system sooner), and the JDK's classes without their debugging
# tables (the class-data archive, resident whole in every reader, is 1.6 MB smaller; the JDK's own frames in a stack
# trace show no line numbers, the program's keep theirs). Run by the build after the jar is made:
#   link-runtime.sh JDK_HOME TARGET_DIR MODULES
# A JDK that cannot link (JDK 17 without its jmods) leaves no runtime but TARGET_DIR/runtime.failed, which says why:
# the launcher then runs on JAVA_HOME's or the PATH's java.
if [ $# -ne 3 ] || [ -z "$1" ] || [ -z "$2" ] || [ -z "$3" ]; then
  echo "usage: link-runtime.sh JDK_HOME TARGET_DIR MODULES" >&2
  exit 2
fi
jdk=$1
dir=$2
modules=$3
runtime="$dir/runtime"
new="$dir/runtime.new"
failed="$dir/runtime.failed"
rm -rf "$new" "$failed"
# link [OPTION]: the runtime, into $new, with OPTION if given
link() {
  rm -rf "$new"
  "$jdk/bin/jlink" --add-modules "$modules" --include-locales=en,zh --strip-debug --no-header-files --no-man-pages \
    --output "$new" "$@" 2>>"$failed"
}
# with the runtime's own default class-data archive, which other programs run on it map (the launcher maps its own)
if ! link --generate-cds-archive && ! link; then
  rm -rf "$new"
  echo "no runtime linked: the launcher runs on JAVA_HOME's java, else the PATH's (see $failed)"
  exit 0
fi
rm -f "$failed"
# A distribution keeps the JDK's settings where the system updates them, and links them into the JDK (Debian: the
# trusted certificate authorities in /etc/ssl/certs/java/cacerts, which ca-certificates-java updates and an
# administrator adds to; the security and network properties under /etc). jlink copies the JDK's own defaults
# instead (Debian's JDK 17: 112 authorities against the system's 144). The runtime links to what the JDK links to.
for part in conf lib/security; do
  [ -d "$new/$part" ] || continue
  (cd "$new" && find "$part" -type f) | while IFS= read -r file; do
    if [ -L "$jdk/$file" ] && kept=$(readlink -f "$jdk/$file") && [ -f "$kept" ]; then
      ln -sf "$kept" "$new/$file"
    fi
  done
done
# A reader mapping the runtime's libjvm.so just after it was written held all 18 MB of it resident, against the
# 13 MB it touches once the file had been dropped from the page cache and read back as used, as the files of a JDK
# installed earlier are (the kernel maps the cached pages around each page a process touches). So the runtime's
# files are written out and dropped from the cache now.
find "$new" -type f | while IFS= read -r file; do
  sync "$file" 2>/dev/null && dd if="$file" iflag=nocache count=0 status=none 2>/dev/null
done
# in place only whole: a build stopped midway leaves the runtime before it, or none
rm -rf "$runtime" && mv "$new" "$runtime" && echo "runtime: $runtime"
exit 0
