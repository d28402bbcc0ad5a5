#!/bin/sh
# Records the class-data archive (AppCDS) that target/fenghuang starts with: the classes one real session
# loads, written by the JVM at exit. Run by the build after the jar is made:  record-cds.sh JAVA TARGET_DIR
# With tmux at hand the session is the terminal reader opening the sample article on the demo portal (which
# loads nearly everything a command needs, the reader's classes too); without it, a plain `read 1`.
# Failure only costs start-up speed: the launcher runs without an archive.
java=$1
dir=$2
jar="$dir/fenghuang.jar"
jsa="$dir/fenghuang.jsa"
log="$dir/cds-training.log"
export XDG_CONFIG_HOME="$dir/cds-home/config" XDG_STATE_HOME="$dir/cds-home/state" XDG_CACHE_HOME="$dir/cds-home/cache"
rm -f "$jsa" "$log"
record="\"$java\" -XX:ArchiveClassesAtExit=\"$jsa\" -XX:TieredStopAtLevel=1 -jar \"$jar\""

if command -v tmux >/dev/null 2>&1; then
  sock="fh-cds-$$"
  tmux -L "$sock" new-session -d -x 100 -y 30 "env LANG=C.UTF-8 TERM=xterm-256color $record --demo --open 1 2>>\"$log\""
  i=0
  while [ $i -lt 150 ] && ! tmux -L "$sock" capture-pane -p 2>/dev/null | grep -q '巾帼'; do
    sleep 0.1; i=$((i + 1))
  done
  tmux -L "$sock" send-keys c 2>/dev/null; sleep 0.5
  tmux -L "$sock" send-keys q 2>/dev/null; sleep 0.3
  tmux -L "$sock" send-keys q 2>/dev/null; sleep 0.3
  tmux -L "$sock" send-keys q 2>/dev/null
  i=0
  while [ $i -lt 100 ] && tmux -L "$sock" has-session 2>/dev/null; do
    sleep 0.1; i=$((i + 1))
  done
  tmux -L "$sock" kill-server 2>/dev/null
fi
if [ ! -s "$jsa" ]; then
  eval "$record --demo read 1" > /dev/null 2>>"$log"
fi
[ -s "$jsa" ] && echo "class-data archive: $jsa" || echo "no class-data archive recorded (see $log)"
exit 0
