using Intake.Pipeline.Segmentation.Quality;

namespace Intake.Pipeline.Tests.Segmentation.Quality;

/// <summary>The segmentation check still catches the defects issue 14 lists, and no longer flags what is complete.</summary>
public sealed class ClauseFlawsTests
{
    [Theory]
    [InlineData("15.8 Governing Laws; Jurisdiction 32", ClauseFlaw.ContentsLine)]
    [InlineData("9.2 Licenses to Improvements", ClauseFlaw.HeadingOnly)]
    [InlineData("第３条　秘密保持", ClauseFlaw.HeadingOnly)]
    [InlineData("the exclusive license granted to Licensee pursuant to", ClauseFlaw.EndsMidSentence)]
    [InlineData("The Recipient keeps all information received under this Agreement confidential. 30", ClauseFlaw.PageNumberGlued)]
    public void Of_DefectsTheIssueLists_AreStillFlagged(string text, ClauseFlaw expected) => Assert.Equal(expected, ClauseFlaws.Of(text));

    [Theory]
    [InlineData("Not applicable.")]
    [InlineData("(2) Fitness Channel Home Page (Estimated Impressions per Month- 7,000) http://www.example.com/fitness/")]
    [InlineData("(a) return every sample it holds; and")]
    public void Of_CompleteTexts_AreNotFlagged(string text) => Assert.Equal(ClauseFlaw.None, ClauseFlaws.Of(text));

    [Fact]
    public void Of_ShortEnglishTextWithoutAComma_IsNotTakenForAJapaneseHeading() =>
        Assert.Equal(ClauseFlaw.EndsMidSentence, ClauseFlaws.Of("the damages accrue until the agent receives the opinion letter"));
}
