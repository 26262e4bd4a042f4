#include "ImageReference.h"

#include "Validation.h"

#include <QRegularExpression>

namespace Lotsen {

namespace {

// Docker's own limit on the length of the name part (registry and path).
constexpr qsizetype maxNameLength = 255;

const QRegularExpression& pathComponentGrammar()
{
    static const QRegularExpression grammar(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*")));
    return grammar;
}

const QRegularExpression& registryGrammar()
{
    static const QRegularExpression grammar(QRegularExpression::anchoredPattern(QStringLiteral(
        "(?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])(?:\\.(?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*"
        "[A-Za-z0-9]))*(?::[0-9]{1,5})?")));
    return grammar;
}

// Docker reads the first component as a registry only when it looks like a host.
bool looksLikeRegistry(const QString& component)
{
    return component.contains(u'.') || component.contains(u':') || component == QLatin1String("localhost");
}

QString pathComponentProblem(const QString& component)
{
    if (component.isEmpty())
        return ImageReference::tr("it has an empty name component");
    if (pathComponentGrammar().match(component.toLower()).hasMatch() && component != component.toLower())
        return ImageReference::tr("the name component “%1” must be in lowercase")
            .arg(Validation::printable(component));
    if (!pathComponentGrammar().match(component).hasMatch())
        return ImageReference::tr("the name component “%1” may only hold lowercase letters and digits, "
                                  "separated by single . _ __ or hyphens")
            .arg(Validation::printable(component));
    return {};
}

QString splitName(const QString& name, ImageReference& reference)
{
    if (name.size() > maxNameLength)
        return ImageReference::tr("the name is longer than 255 characters");
    QStringList components = name.split(u'/');
    if (components.size() > 1 && looksLikeRegistry(components.first())) {
        reference.registry = components.takeFirst();
        if (!registryGrammar().match(reference.registry).hasMatch())
            return ImageReference::tr("the registry “%1” is not a host name with an optional :port")
                .arg(Validation::printable(reference.registry));
    }
    for (const QString& component : std::as_const(components)) {
        if (const QString problem = pathComponentProblem(component); !problem.isEmpty())
            return problem;
    }
    reference.path = components.join(u'/');
    return {};
}

QString splitDigest(QString& rest, ImageReference& reference)
{
    static const QRegularExpression grammar(
        QRegularExpression::anchoredPattern(QStringLiteral("sha256:[a-f0-9]{64}")));
    const qsizetype at = rest.indexOf(u'@');
    if (at < 0)
        return {};
    reference.digest = rest.mid(at + 1);
    rest.truncate(at);
    if (!grammar.match(reference.digest).hasMatch())
        return ImageReference::tr("the digest must be sha256: followed by 64 lowercase hexadecimal digits");
    return {};
}

QString splitTag(QString& rest, ImageReference& reference)
{
    static const QRegularExpression grammar(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}")));
    const qsizetype colon = rest.lastIndexOf(u':');
    if (colon < 0 || colon < rest.lastIndexOf(u'/'))
        return {};
    reference.tag = rest.mid(colon + 1);
    rest.truncate(colon);
    if (!grammar.match(reference.tag).hasMatch())
        return ImageReference::tr("the tag “%1” must start with a letter, digit or _ and hold at most 128 "
                                  "letters, digits, _ . or -")
            .arg(Validation::printable(reference.tag));
    return {};
}

QString referenceProblem(const QString& text, ImageReference& reference)
{
    QString rest = text;
    QString problem = splitDigest(rest, reference);
    if (problem.isEmpty())
        problem = splitTag(rest, reference);
    if (problem.isEmpty())
        problem = splitName(rest, reference);
    return problem;
}

} // namespace

QString ImageReference::toString() const
{
    QString text = registry.isEmpty() ? path : registry + u'/' + path;
    if (!tag.isEmpty())
        text += u':' + tag;
    if (!digest.isEmpty())
        text += u'@' + digest;
    return text;
}

Result<ImageReference> ImageReference::parse(const QString& text)
{
    if (text.isEmpty())
        return Error{tr("The image reference is empty. Enter an image such as debian:12 or "
                        "registry.example.com:5000/team/app:1.2.")};
    ImageReference reference;
    const QString problem = referenceProblem(text, reference);
    if (problem.isEmpty())
        return reference;
    return Error{
        tr("“%1” is not a valid image reference: %2. Use [registry[:port]/]name[:tag][@sha256:digest], "
           "for example registry.example.com:5000/team/app:1.2.")
            .arg(Validation::printable(text), problem)};
}

} // namespace Lotsen
