#!/usr/bin/env bash
# Makes DigitPad's installable app with the JDK's jpackage, from the jar "mvn package" built: on Linux a
# .deb (launcher /opt/digitpad/bin/DigitPad, "digitpad" on the PATH, desktop entry, icon, the bundled
# models), on Windows an .msi, on macOS a .dmg. Each is made on its own OS (jpackage cannot cross-build).
# Run by "mvn -Pinstaller -DskipTests package"; the result lands in target/installer/.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's/^version=//p' target/classes/app/digitpad/about/build.properties)
input=target/installer-input
out=target/installer
rm -rf "$input" "$out"
mkdir -p "$input"
cp target/digitpad.jar "$input/"
cp -r models "$input/models"
chmod -R u=rwX,go=rX "$input"

# --jlink-options: jpackage's defaults but keeping the runtime's bin/java, which the app starts again with
# options a launcher cannot pass per command (a heap ceiling for gate/segments, the window's class archive),
# and with the JDK's own class archive, which the window's archive extends (and which starts any JVM faster).
common=(--name DigitPad --app-version "$version" --vendor "DigitPad"
        --description "Handwritten digit recognizer: draw a digit, train and compare CNNs on MNIST"
        --input "$input" --main-jar digitpad.jar --main-class app.digitpad.Launcher --dest "$out"
        --jlink-options "--strip-debug --no-man-pages --no-header-files --generate-cds-archive")

case "$(uname -s)" in
    Linux)
        jpackage "${common[@]}" --type deb --icon assets/digitpad.png --resource-dir src/packaging/linux \
            --linux-package-name digitpad --linux-shortcut --linux-menu-group Education \
            --linux-app-category education --linux-deb-maintainer "digitpad@localhost"
        ;;
    Darwin)
        # jpackage wants an .icns icon on macOS: make it from assets/digitpad.png with iconutil first.
        jpackage "${common[@]}" --type dmg --mac-package-name DigitPad
        ;;
    MINGW* | MSYS* | CYGWIN*)
        # --win-console: the same launcher serves the CLI, so it needs a console (the window opens too).
        jpackage "${common[@]}" --type msi --win-menu --win-shortcut --win-dir-chooser --win-console
        ;;
    *)
        echo "jpackage.sh: no installer type for $(uname -s)" >&2
        exit 1
        ;;
esac
ls -la "$out"
