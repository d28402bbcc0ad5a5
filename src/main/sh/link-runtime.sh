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
rm -rf "$runtime"
if ! "$jdk/bin/jlink" --add-modules "$modules" --include-locales=en,zh --strip-debug --no-header-files \
  --no-man-pages --output "$runtime"; then
  rm -rf "$runtime"
  echo "no runtime linked: the launcher runs on JAVA_HOME's java, else the PATH's"
  exit 0
fi
# Files just written sit in the page cache in large blocks, and a process mapping one (libjvm.so, the modules image)
# is given each block whole: every reader would hold the JVM's 18 MB library resident rather than the 13 MB it
# touches, until the kernel dropped the blocks. The runtime's files are written out and dropped from the cache now,
# so they are read back page by page as they are used, as the files of a JDK installed earlier are.
find "$runtime" -type f | while IFS= read -r file; do
  sync "$file" 2>/dev/null && dd if="$file" iflag=nocache count=0 status=none 2>/dev/null
done
echo "runtime: $runtime"
exit 0
