#!/bin/sh
# Install this gkdesk folder for the current user (or, run as root, for everyone; --user forces the former) and
# add it to the application menu; `./install.sh --remove` takes it out again. The data folder is never touched.
# A portable copy (with a gkdesk-data folder beside the program) needs no installing: run ./gkdesk.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ACTION=install
for arg in "$@"; do
  case "$arg" in
    --user) FOR_USER=1 ;;
    --remove) ACTION=remove ;;
    *) echo "用法：./install.sh [--user] [--remove]" >&2; exit 2 ;;
  esac
done
if [ "$(id -u)" = 0 ] && [ -z "${FOR_USER:-}" ]; then
  PREFIX=/opt/gkdesk; SHARE=/usr/share; BIN=/usr/local/bin
else
  PREFIX="$HOME/.local/opt/gkdesk"; SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"; BIN="$HOME/.local/bin"
fi
DESKTOP="$SHARE/applications/gkdesk.desktop"
ICON="$SHARE/icons/hicolor/256x256/apps/gkdesk.png"

if [ "$ACTION" = remove ]; then
  rm -rf "$PREFIX" "$DESKTOP" "$ICON" "$BIN/gkdesk"
  echo "已卸载基层政务公开工作台（数据文件夹保留未动）。"
  exit 0
fi

if [ -d "$HERE/gkdesk-data" ]; then
  echo "这是便携版（旁边有 gkdesk-data 文件夹），无需安装，直接运行 $HERE/gkdesk 即可。" >&2
  exit 1
fi
if [ "$HERE" != "$PREFIX" ]; then
  rm -rf "$PREFIX.new"
  mkdir -p "$(dirname "$PREFIX")"
  cp -a "$HERE" "$PREFIX.new"
  rm -rf "$PREFIX"
  mv "$PREFIX.new" "$PREFIX"
fi
mkdir -p "$(dirname "$DESKTOP")" "$(dirname "$ICON")" "$BIN"
cp "$PREFIX/gkdesk.png" "$ICON"
sed "s|@EXEC@|$PREFIX/gkdesk|" "$PREFIX/gkdesk.desktop" > "$DESKTOP"
ln -sf "$PREFIX/gkdesk" "$BIN/gkdesk"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$(dirname "$DESKTOP")" || true
echo "已安装到 $PREFIX，可在“办公”菜单中打开“基层政务公开工作台”，或在终端运行 gkdesk。"
