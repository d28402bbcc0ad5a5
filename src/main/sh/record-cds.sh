#!/bin/sh
# Records what target/fenghuang maps at start instead of loading class by class, from real sessions run through the
# launcher itself (so with its flags) against a demo portal in a process of its own (so the portal's classes stay
# out). Run by the build after the jar is made:  record-cds.sh JAVA TARGET_DIR (with TARGET_DIR/runtime/bin/java
# instead of JAVA when the build linked that runtime, which the launcher then runs on)
# - JDK 25 or later: the ahead-of-time cache fenghuang.aot (classes loaded and linked, their call sites resolved, the
#   objects made at start, the methods' profiles), written at the exit of one terminal-reader session (open the
#   sample article, its comments, back to the sections).
# - Older: two class-data archives, each dumped from the class lists of several runs (a dynamic archive holds one
#   run only, and cannot hold picocli, whose class files are too old for it; a static dump takes them):
#   fenghuang-reader.jsa from that session and the command read, fenghuang.jsa from those and the commands
#   sections, forum and thread. The reader touches nearly every page of an archive, so each class in it is
#   resident whether loaded or not: the other commands' ~300 classes were 1.7 MB of every reader's RSS.
# Without tmux only the commands train. Failure only costs start-up speed: the launcher runs without an archive.
java=$1
dir=$(CDPATH= cd -- "$2" && pwd) || exit 0
# the runtime the build linked beside the jar, which the launcher runs on: an archive maps only into the runtime it
# was recorded with
[ -x "$dir/runtime/bin/java" ] && java="$dir/runtime/bin/java"
jar="$dir/fenghuang.jar"
log="$dir/cds-training.log"
work="$dir/cds-home"
home=${java%/bin/java}
feature=0
if [ -r "$home/release" ]; then
  while IFS= read -r line; do
    case $line in JAVA_VERSION=*) line=${line#*\"}; feature=${line%%[!0-9]*}; break ;; esac
  done <"$home/release"
fi
rm -rf "$work" "$dir/fenghuang.jsa" "$dir/fenghuang-reader.jsa" "$dir/fenghuang.aot" "$log"
mkdir -p "$work"
# the JVM options given through FENGHUANG_JVM_OPTIONS are words: the files they name are named from here, so that a
# build folder whose path holds spaces still trains
cd "$work" || exit 0
export JAVA_HOME="$home" XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache"
unset FENGHUANG_JVM_OPTIONS

"$java" -jar "$jar" demo-portal --port 0 >"$work/portal.out" 2>>"$log" &
portal=$!
i=0
while [ $i -lt 100 ] && [ ! -s "$work/portal.out" ]; do sleep 0.1; i=$((i + 1)); done
site=$(head -n 1 "$work/portal.out")
case $site in
  http://*) ;;
  *) kill "$portal" 2>/dev/null; wait "$portal"; echo "no class-data archive recorded: the demo portal did not start (see $log)"; exit 0 ;;
esac

# reader OPTIONS: one terminal-reader session in tmux, the launcher's JVM run with OPTIONS
reader() {
  command -v tmux >/dev/null 2>&1 || return 1
  sock="fh-cds-$$"
  tmux -L "$sock" -f /dev/null new-session -d -x 100 -y 30 "exec env LANG=C.UTF-8 TERM=xterm-256color \
    JAVA_HOME='$home' XDG_CONFIG_HOME='$XDG_CONFIG_HOME' XDG_STATE_HOME='$XDG_STATE_HOME' \
    XDG_CACHE_HOME='$XDG_CACHE_HOME' FENGHUANG_JVM_OPTIONS='$1' '$dir/fenghuang' --site '$site' --open 1 2>>'$log'"
  i=0
  while [ $i -lt 150 ] && ! tmux -L "$sock" capture-pane -p 2>/dev/null | grep -q '巾帼'; do
    sleep 0.1; i=$((i + 1))
  done
  for key in c q q; do
    tmux -L "$sock" send-keys "$key" 2>/dev/null; sleep 0.5
  done
  tmux -L "$sock" send-keys Q 2>/dev/null
  i=0 # the JVM writes an ahead-of-time cache at exit, which takes a while
  while [ $i -lt 600 ] && tmux -L "$sock" has-session 2>/dev/null; do
    sleep 0.1; i=$((i + 1))
  done
  tmux -L "$sock" kill-server 2>/dev/null
  return 0
}

if [ "$feature" -ge 25 ]; then
  # The cache holds the classes linked, their call sites resolved and the objects they made at start (JDK 25's
  # default): a third less CPU to the first frame than the classes alone, which start slower than JDK 17 with its
  # class-data archive. A JDK that fails to write linked classes (JDK 25.0.3 once crashed doing so,
  # archiveHeapWriter.cpp:757) gets the cache of the classes alone, then none.
  for linking in "" "-XX:-AOTClassLinking"; do
    aot="-XX:AOTCacheOutput=fenghuang.aot $linking"
    reader "$aot"
    if [ ! -s fenghuang.aot ]; then
      # shellcheck disable=SC2086 # the options are words
      FENGHUANG_JVM_OPTIONS="$aot" "$dir/fenghuang" --site "$site" read 1 >/dev/null 2>>"$log"
    fi
    [ -s fenghuang.aot ] && mv fenghuang.aot "$dir/fenghuang.aot" && break
    echo "no ahead-of-time cache written with options '$aot'" >>"$log"
  done
else
  n=0
  reader "-XX:DumpLoadedClassList=reader.classlist"
  for command in "read 1" "sections" "forum" "thread 1"; do
    n=$((n + 1))
    # shellcheck disable=SC2086 # the command is words
    FENGHUANG_JVM_OPTIONS="-XX:DumpLoadedClassList=command$n.classlist" "$dir/fenghuang" --site "$site" \
      $command >/dev/null 2>>"$log"
  done
  # dump ARCHIVE CLASSLIST...: one line per class, as first listed (a class's id differs from run to run; the dump
  # needs one)
  dump() {
    archive=$1
    shift
    cat "$@" 2>/dev/null | awk '/^@/ { if (!seen[$0]++) print; next } !seen[$1]++' >"$work/$archive.list"
    if [ -s "$work/$archive.list" ]; then
      "$java" -Xshare:dump -XX:SharedClassListFile="$work/$archive.list" -XX:SharedArchiveFile="$dir/$archive" \
        -cp "$jar" >>"$log" 2>&1
    fi
  }
  dump fenghuang-reader.jsa "$work/reader.classlist" "$work/command1.classlist"
  dump fenghuang.jsa "$work"/*.classlist
fi
kill "$portal" 2>/dev/null
wait "$portal" # ended before the script is: nothing of it writes into the folder afterwards
if [ -s "$dir/fenghuang.aot" ]; then
  echo "ahead-of-time cache: $dir/fenghuang.aot"
elif [ -s "$dir/fenghuang.jsa" ]; then
  echo "class-data archive: $dir/fenghuang.jsa"
else
  echo "no class-data archive recorded (see $log)"
fi
exit 0
