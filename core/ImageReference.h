#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace Lotsen {

// A Docker image reference split into its parts, following Docker's reference grammar:
// [registry[:port]/]path[:tag][@sha256:<64 hex>], path = lowercase components separated by '/'.
struct ImageReference
{
    Q_DECLARE_TR_FUNCTIONS(Lotsen::ImageReference)

public:
    QString registry; // "registry.example.com:5000"; empty = the default registry
    QString path;     // "team/app"
    QString tag;      // empty = none given (Docker then means "latest")
    QString digest;   // "sha256:<hex>"; empty = none given

    // The reference written back in Docker's form.
    QString toString() const;

    static Result<ImageReference> parse(const QString& text);

    bool operator==(const ImageReference&) const = default;
};

} // namespace Lotsen
