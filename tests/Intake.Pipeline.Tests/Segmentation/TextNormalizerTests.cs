using Intake.Pipeline.Extraction;

namespace Intake.Pipeline.Tests.Segmentation;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Normalize_FullWidthAndHalfWidth_BecomeCanonicalWithAMapBack()
    {
        const string Original = "第１２条　ＡＢＣ株式会社はﾃﾞｰﾀを";

        var normalized = TextNormalizer.Normalize(Original);

        Assert.Equal("第12条 ABC株式会社はデータを", normalized.Text);
        var index = normalized.Text.IndexOf('デ', StringComparison.Ordinal);
        Assert.Equal(Original.IndexOf("ﾃﾞ", StringComparison.Ordinal), normalized.ToOriginal(index));
        Assert.Equal(Original.Length, normalized.ToOriginal(normalized.Text.Length));
    }

    [Fact]
    public void Normalize_CircledNumbers_AreKeptBecauseTheyMarkItems()
    {
        Assert.Equal("①甲は", TextNormalizer.Normalize("①甲は").Text);
    }
}
