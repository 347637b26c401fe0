using System.Text;
using CsvHelper;

namespace Intake.Pipeline.Signals.Screening;

/// <summary>
/// Reads a screening list: CSV (RFC 4180, UTF-8, optional BOM) with the header
/// <c>name,aliases,country,list,reason</c> in any order; only <c>name</c> is required, and aliases are
/// separated by <c>|</c>. Parsed by CsvHelper (quotes, doubled quotes, line breaks in quoted fields).
/// Anything wrong — not UTF-8, no <c>name</c> column, an unknown column, a broken quote, more fields
/// than the header, an empty name — is a <see cref="ScreeningListException"/> naming the line.
/// </summary>
public static class ScreeningListReader
{
    public const string NameColumn = "name";

    public static IReadOnlyList<string> Columns { get; } = [NameColumn, "aliases", "country", "list", "reason"];

    /// <summary>Lists are small (thousands of rows); anything larger than this is not a screening list.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    public static ScreeningList Read(string source, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length > MaxBytes)
        {
            throw new ScreeningListException(source, 0, $"the file is {content.Length:N0} bytes; a screening list may have at most {MaxBytes:N0}");
        }

        CheckUtf8(source, content);
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            Mode = CsvMode.Rfc4180,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            NormalizeHeaderName = h => h.Trim().ToLowerInvariant(),
        };

        try
        {
            using var reader = CsvReader.Create(content, options);
            var header = ReadHeader(source, reader);
            var entries = new List<ScreeningEntry>();
            while (reader.Read())
            {
                var line = (int)reader.LineNumber;
                if (reader.FieldCount > header.Length)
                {
                    throw new ScreeningListException(source, line, $"{reader.FieldCount} fields but the header has {header.Length} (a name with a comma must be in double quotes)");
                }

                string? Field(string column)
                {
                    var index = Array.IndexOf(header, column);
                    var value = index >= 0 && index < reader.FieldCount ? reader.GetString(index).Trim() : null;
                    return string.IsNullOrEmpty(value) ? null : value;
                }

                var name = Field(NameColumn) ?? throw new ScreeningListException(source, line, "the name is empty (every row needs a name)");
                var aliases = (Field("aliases") ?? string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                entries.Add(new ScreeningEntry(name, aliases, Field("country"), Field("list"), Field("reason"), line));
            }

            return new ScreeningList(source, entries);
        }
        catch (CsvFormatException exception)
        {
            throw new ScreeningListException(source, (int)exception.LineNumber, $"malformed CSV ({FirstSentence(exception.Message)})", exception);
        }
    }

    private static string[] ReadHeader(string source, CsvReader reader)
    {
        reader.ReadHeader();
        var header = reader.Headers.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        if (header.Length == 0 || header.All(h => h.Length == 0))
        {
            throw new ScreeningListException(source, 0, "the file is empty; the first line must be the header name,aliases,country,list,reason");
        }

        if (!header.Contains(NameColumn, StringComparer.Ordinal))
        {
            throw new ScreeningListException(source, 1, $"the header has no 'name' column (found: {string.Join(",", header)}; expected name,aliases,country,list,reason, separated by commas)");
        }

        if (header.FirstOrDefault(h => !Columns.Contains(h, StringComparer.Ordinal)) is { } unknown)
        {
            throw new ScreeningListException(source, 1, $"unknown column '{unknown}' in the header (expected name,aliases,country,list,reason)");
        }

        if (header.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ScreeningListException(source, 1, $"the column '{twice.Key}' appears twice in the header");
        }

        return header;
    }

    /// <summary>A Shift_JIS or Latin-1 export must not be read as garbage names that match nothing.</summary>
    private static void CheckUtf8(string source, byte[] content)
    {
        var offset = content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var line = 1;
        while (offset < content.Length)
        {
            var status = Rune.DecodeFromUtf8(content.AsSpan(offset), out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                throw new ScreeningListException(source, line, "the file is not UTF-8 (save it as CSV UTF-8)");
            }

            if (rune.Value == '\n')
            {
                line++;
            }

            offset += consumed;
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.');
    }
}
