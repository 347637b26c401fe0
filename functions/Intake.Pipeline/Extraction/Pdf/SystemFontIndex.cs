using UglyToad.PdfPig.Fonts.SystemFonts;

namespace Intake.Pipeline.Extraction.Pdf;

/// <summary>
/// Builds PdfPig's index of the machine's fonts once, on one thread, before the first PDF is read.
/// PdfPig looks up a font a PDF names but does not embed through one process-wide finder that learns
/// file by file: a look-up skips every font file some other look-up has already opened. Two documents
/// read at the same time can therefore disagree on whether "Times New Roman" is installed — and so on
/// glyph boxes, word breaks, text and offsets — depending on which thread opened which file first.
/// A failed look-up on one thread opens every file once; afterwards every name resolves from the
/// finder's own map, the same way for every document, whatever the parallelism.
/// </summary>
internal static class SystemFontIndex
{
    // No font is called this, so the look-up walks (and indexes) every installed font file.
    private const string NoSuchFont = "IntakeIndexesEveryInstalledFont";

    private static readonly Lazy<bool> s_built = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void EnsureBuilt() => _ = s_built.Value;

    private static bool Build()
    {
        try
        {
            _ = SystemFontFinder.Instance.GetTrueTypeFont(NoSuchFont);
        }
#pragma warning disable CA1031 // A broken font file on the machine must not stop PDFs being read; the look-ups that reach it fail the same way later.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }

        return true;
    }
}
