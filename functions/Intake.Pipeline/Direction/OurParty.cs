namespace Intake.Pipeline.Direction;

/// <summary>The <c>--our-party</c> / <c>ourparty</c> hint as given by a user: trimmed, and refused when empty or absurdly long.</summary>
public static class OurParty
{
    public const int MaxLength = 100;

    /// <summary>The trimmed hint, or null when there is none or it cannot be a party's name or role.</summary>
    public static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxLength || trimmed.Any(char.IsControl) ? null : trimmed;
    }

    /// <summary>
    /// The hint from blob metadata <c>ourparty</c>. Metadata travels in HTTP headers (ASCII), so
    /// <c>intake upload</c> percent-encodes 甲/乙 and names in Japanese; this decodes them.
    /// </summary>
    public static string? FromBlobMetadata(string? value)
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            return Clean(Uri.UnescapeDataString(value));
        }
        catch (UriFormatException)
        {
            return Clean(value);
        }
    }
}
