// Renders every resources/icons/*.svg to NAME-SIZE.png at the sizes the app asks for.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    if (argc != 2) {
        err << "usage: render_icons ICON_DIR\n";
        return 2;
    }
    if (!QImageReader::supportedImageFormats().contains("svg")) {
        err << "Qt's SVG image plugin is missing (Debian: libqt6svg6)\n";
        return 1;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    for (const QString& file : dir.entryList({QStringLiteral("*.svg")}, QDir::Files)) {
        const QString base = file.chopped(4);
        const QList<int> sizes = base == QLatin1String("lotsen") ? QList<int>{16, 32, 48, 64, 128, 256}
                                 : base.startsWith(QLatin1String("state-")) || base == QLatin1String("group")
                                     ? QList<int>{16, 32}
                                     : QList<int>{24, 48};
        for (int size : sizes) {
            QImageReader reader(dir.filePath(file));
            reader.setScaledSize(QSize(size, size));
            const QImage image = reader.read();
            const QString out = dir.filePath(QStringLiteral("%1-%2.png").arg(base).arg(size));
            if (image.isNull() || !image.save(out)) {
                err << "cannot render " << file << " at " << size << ": " << reader.errorString() << "\n";
                return 1;
            }
        }
    }
    return 0;
}
