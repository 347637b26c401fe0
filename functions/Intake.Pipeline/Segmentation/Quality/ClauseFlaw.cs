namespace Intake.Pipeline.Segmentation.Quality;

/// <summary>What is wrong with a clause the segmenter produced, as the segmentation check sees it.</summary>
public enum ClauseFlaw
{
    None,

    /// <summary>A contents-page line: dotted leaders, or a section title followed by its page number.</summary>
    ContentsLine,

    /// <summary>A heading and nothing under it ("9.2 Licenses to Improvements").</summary>
    HeadingOnly,

    /// <summary>A page number glued to the end of the text ("…kept confidential. 30").</summary>
    PageNumberGlued,

    /// <summary>The text stops mid-sentence ("…granted to Licensee pursuant to"): cut by a page or column break.</summary>
    EndsMidSentence,
}
