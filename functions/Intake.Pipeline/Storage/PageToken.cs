using System.Buffers.Text;
using System.Text;

namespace Intake.Pipeline.Storage;

/// <summary>
/// The continuation tokens the API and the CLI hand out: the table service's own token (which holds a
/// space and '!' and so needs escaping in a URL) or the next finding index, prefixed with what it pages
/// and Base64url-encoded, so a token can go into a query string as it is and a token of one kind, or a
/// mangled one, is refused rather than sent to storage.
/// </summary>
public static class PageToken
{
    /// <summary>Encodes <paramref name="value"/> as a token of <paramref name="kind"/>; null stays null (the last page).</summary>
    public static string? Encode(string kind, string? value) =>
        value is null ? null : Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{kind}:{value}"));

    /// <summary>The value inside a token of <paramref name="kind"/>; throws <see cref="InvalidPageTokenException"/> for anything else.</summary>
    public static string Decode(string kind, string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException)
        {
            throw new InvalidPageTokenException();
        }

        var prefix = kind + ":";
        return text.StartsWith(prefix, StringComparison.Ordinal) && text.Length > prefix.Length
            ? text[prefix.Length..]
            : throw new InvalidPageTokenException();
    }
}

/// <summary>A continuation token this service did not hand out (or one for another list).</summary>
public sealed class InvalidPageTokenException : Exception
{
    public InvalidPageTokenException()
        : base("the continuation token is not one this service handed out; start again without it")
    {
    }

    public InvalidPageTokenException(string message)
        : base(message)
    {
    }

    public InvalidPageTokenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
