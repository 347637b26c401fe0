namespace Intake.Pipeline.Extraction;

/// <summary>Keeps library exception messages fit for a reason: one line, bounded, never a stack trace.</summary>
internal static class Reasons
{
    private const int MaxLength = 200;

    public static string FirstLine(string? message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return "unreadable";
        }

        var line = message.AsSpan().Trim();
        var end = line.IndexOfAny('\r', '\n');
        if (end >= 0)
        {
            line = line[..end].TrimEnd();
        }

        return line.Length <= MaxLength ? line.ToString() : string.Concat(line[..MaxLength], "…");
    }
}
