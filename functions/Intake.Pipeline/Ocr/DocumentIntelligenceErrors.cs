using Intake.Pipeline.Extraction;

namespace Intake.Pipeline.Ocr;

/// <summary>
/// What the service's error codes mean for a document (error guide v4.0: top-level codes InvalidRequest,
/// InvalidArgument, Forbidden, NotFound, MethodNotAllowed, Conflict, UnsupportedMediaType,
/// InternalServerError, ServiceUnavailable; inner codes such as InvalidContent or InvalidContentDimensions).
/// </summary>
internal static class DocumentIntelligenceErrors
{
    // The document itself is the problem: sending it again gives the same answer.
    private static readonly HashSet<string> s_documentCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "InvalidRequest", "InvalidArgument", "InvalidContent", "InvalidContentDimensions", "InvalidContentLength",
        "InvalidPassword", "UnsupportedContent", "UnsupportedMediaType", "ContentTooLarge", "PageCountExceeded",
    };

    // The service failed to finish; the same document may succeed later.
    private static readonly HashSet<string> s_transientCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "InternalServerError", "ServiceUnavailable", "Timeout", "OperationTimeout", "TooManyRequests",
    };

    /// <summary>True when an operation that ended <c>failed</c> with this error is worth retrying.</summary>
    public static bool IsTransient(DocumentIntelligenceError? error)
    {
        if (error is null)
        {
            return false;
        }

        // The top-level code is "the most severe error"; a document detail under an InternalServerError
        // (InvalidContentDimensions on page 2, say) means retrying will fail the same way.
        return error.Code is not null && s_transientCodes.Contains(error.Code) && !AnyDocumentCode(error);
    }

    /// <summary>The status a permanent error gives the document: Rejected when it is about the document, Failed when about us.</summary>
    public static DocumentStatus StatusOf(DocumentIntelligenceException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception.Status is 400 or 413 or 415)
        {
            return DocumentStatus.Rejected;
        }

        // 401/403 (credentials or network rules), 404 (endpoint or model), unreadable answers: our configuration, not the file.
        return exception.Error is not null && AnyDocumentCode(exception.Error) && exception.Status is 0 or 400 ? DocumentStatus.Rejected : DocumentStatus.Failed;
    }

    private static bool AnyDocumentCode(DocumentIntelligenceError error)
    {
        if (error.Code is not null && s_documentCodes.Contains(error.Code))
        {
            return true;
        }

        for (var inner = error.InnerError; inner is not null; inner = inner.InnerError)
        {
            if (inner.Code is not null && s_documentCodes.Contains(inner.Code))
            {
                return true;
            }
        }

        return error.Details?.Any(AnyDocumentCode) ?? false;
    }
}
