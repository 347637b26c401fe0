namespace Intake.Pipeline.Extraction;

/// <summary>
/// Limits that keep hostile or oversized files from exhausting the host. Bound from the configuration
/// section <c>Extraction</c> (e.g. <c>Extraction__MaxBytes</c> as an environment variable). A document
/// over a limit is <see cref="DocumentStatus.Rejected"/> with the limit in the reason.
/// </summary>
public sealed class ExtractionOptions
{
    public const string SectionName = "Extraction";

    /// <summary>Largest file accepted, in bytes. Default 50 MB (52,428,800).</summary>
    public long MaxBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Most pages read from one PDF. Default 500.</summary>
    public int MaxPdfPages { get; set; } = 500;

    /// <summary>Most bytes a DOCX (a zip) may expand to, summed over its entries. Default 200 MB (209,715,200).</summary>
    public long MaxDocxUncompressedBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Most entries in a DOCX zip. Default 2,000 (a normal document has 10 to a few hundred).</summary>
    public int MaxDocxEntries { get; set; } = 2000;

    /// <summary>
    /// Highest uncompressed/compressed ratio of one zip entry larger than 1 MB. Default 100: Word's XML
    /// compresses 5 to 20 times; a zip bomb's filler compresses a thousand times.
    /// </summary>
    public double MaxCompressionRatio { get; set; } = 100;

    /// <summary>
    /// Longest time spent reading one document before it is rejected, so a pathological PDF cannot hold
    /// a worker. Default 2 minutes.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Whether a PDF encrypted with only an owner ("permissions") password is read. Such a file opens
    /// in every viewer without a password, so its text is no secret from whoever holds it; default
    /// <c>true</c>. A PDF that needs a password to open is always rejected as encrypted.
    /// </summary>
    public bool ReadPermissionsOnlyEncryptedPdf { get; set; } = true;
}
