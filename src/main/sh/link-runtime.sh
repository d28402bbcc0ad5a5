#!/bin/sh
# Links the Java runtime the launcher runs on, beside the jar: only the modules the program uses (issue 13: a JVM
# with 21 modules instead of 70 starts its module system sooner), and the JDK's classes without their debugging
# tables (the class-data archive, resident whole in every reader, is 1.6 MB smaller; the JDK's own frames in a stack
# trace show no line numbers, the program's keep theirs). Run by the build after the jar is made:
#   link-runtime.sh JDK_HOME TARGET_DIR MODULES
# A JDK that cannot link (no jmods) leaves no runtime: the launcher then runs on JAVA_HOME's or the PATH's java.
jdk=$1
dir=$2
modules=$3
runtime="$dir/runtime"
# link [OPTION]: the runtime, with OPTION if given
link() {
  rm -rf "$runtime"
  "$jdk/bin/jlink" --add-modules "$modules" --include-locales=en,zh --strip-debug --no-header-files --no-man-pages \
    --output "$runtime" "$@"
}
# with the runtime's own default class-data archive, which other programs run on it map (the launcher maps its own)
if ! link --generate-cds-archive && ! link; then
  rm -rf "$runtime"
  echo "no runtime linked: the launcher runs on JAVA_HOME's java, else the PATH's"
  exit 0
fi
# A reader mapping the runtime's libjvm.so just after it was written held all 18 MB of it resident, against the
# 13 MB it touches once the file had been dropped from the page cache and read back as used, as the files of a JDK
# installed earlier are (the kernel maps the cached pages around each page a process touches). So the runtime's
# files are written out and dropped from the cache now.
find "$runtime" -type f | while IFS= read -r file; do
  sync "$file" 2>/dev/null && dd if="$file" iflag=nocache count=0 status=none 2>/dev/null
done
echo "runtime: $runtime"
exit 0
