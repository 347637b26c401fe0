using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Intake.Pipeline.Storage;

/// <summary>
/// A document's id, derived from its blob path: a readable slug plus a short hash of the full path.
/// Stable (same path, same id), unique in practice (48 bits of SHA-256), and safe as a Table key:
/// only <c>[a-z0-9-]</c>, so never <c>/ \ # ?</c> or control characters.
/// </summary>
public static class DocumentId
{
    private const int MaxSlugLength = 60;
    private const int HashHexLength = 12;

    public static string FromBlobPath(string containerName, string blobName)
    {
        ArgumentException.ThrowIfNullOrEmpty(containerName);
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        var path = $"{containerName}/{blobName}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path)))[..HashHexLength];
        var slug = Slug(blobName);
        return slug.Length == 0 ? hash : $"{slug}-{hash}";
    }

    /// <summary>True for strings this class could have produced: what HTTP routes and the CLI accept.</summary>
    public static bool IsWellFormed(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxSlugLength + 1 + HashHexLength)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Slug(string blobName)
    {
        // The file name, not its folders: readable in listings. Non-ASCII names (Japanese) fall
        // away here and the hash alone identifies them.
        var name = blobName[(blobName.LastIndexOf('/') + 1)..];
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }

            if (builder.Length >= MaxSlugLength)
            {
                break;
            }
        }

        return builder.ToString().Trim('-');
    }
}
