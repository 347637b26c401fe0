using System.Buffers.Binary;
using System.IO.Compression;
using Intake.Pipeline.Settings;

namespace Intake.Pipeline.Extraction.Docx;

/// <summary>
/// Checks a zip's own bookkeeping before anything decompresses it: the entry count from the end record
/// (before the central directory is even parsed), then each entry's declared sizes and compression ratio
/// and their sum. A zip bomb is rejected here, not discovered while expanding it.
/// </summary>
internal static class ZipGuard
{
    // Small entries (Word's settings, styles) may compress well; the ratio only matters for big ones.
    private const long RatioCheckFromBytes = 1024 * 1024;

    public static void Check(ReadOnlySpan<byte> content, ZipArchive archive, ExtractionOptions options)
    {
        var declaredEntries = DeclaredEntryCount(content);
        if (declaredEntries > options.MaxDocxEntries)
        {
            throw TooManyEntries(declaredEntries, options);
        }

        var entries = archive.Entries;
        if (entries.Count > options.MaxDocxEntries)
        {
            throw TooManyEntries(entries.Count, options);
        }

        long total = 0;
        foreach (var entry in entries)
        {
            if (entry.Length < 0 || entry.CompressedLength < 0)
            {
                throw new InvalidDocumentException($"corrupt zip archive: entry {entry.FullName} has a negative size");
            }

            if (entry.Length >= RatioCheckFromBytes)
            {
                var ratio = entry.CompressedLength == 0 ? double.PositiveInfinity : (double)entry.Length / entry.CompressedLength;
                if (ratio > options.MaxCompressionRatio)
                {
                    throw new InvalidDocumentException(
                        $"zip bomb suspected: entry {entry.FullName} expands {Math.Round(ratio):0} times ({ByteSize.Format(entry.CompressedLength)} to {ByteSize.Format(entry.Length)}); the limit is {options.MaxCompressionRatio:0} times ({SettingNames.Either.Of("Extraction:MaxCompressionRatio")})");
                }
            }

            total += entry.Length;
            if (total > options.MaxDocxUncompressedBytes)
            {
                throw new InvalidDocumentException(
                    $"archive expands to more than {ByteSize.Format(total)}; the limit is {ByteSize.Format(options.MaxDocxUncompressedBytes)} ({SettingNames.Either.Of("Extraction:MaxDocxUncompressedBytes")})");
            }
        }
    }

    private static InvalidDocumentException TooManyEntries(int count, ExtractionOptions options) =>
        new($"archive has {count} entries; the limit is {options.MaxDocxEntries} ({SettingNames.Either.Of("Extraction:MaxDocxEntries")})");

    /// <summary>Total entries as the end-of-central-directory record states them, or 0 when it cannot be read.</summary>
    private static int DeclaredEntryCount(ReadOnlySpan<byte> content)
    {
        // The record is 22 bytes plus a comment of up to 64 KB at the very end of the file.
        const int RecordLength = 22;
        var searchFrom = Math.Max(0, content.Length - RecordLength - ushort.MaxValue);
        var index = content[searchFrom..].LastIndexOf("PK\x05\x06"u8);
        if (index < 0 || searchFrom + index + RecordLength > content.Length)
        {
            return 0;
        }

        return BinaryPrimitives.ReadUInt16LittleEndian(content.Slice(searchFrom + index + 10, 2));
    }
}
