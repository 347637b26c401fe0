using System.Globalization;
using ICU4N.Text;
using Intake.Pipeline.Classification.Features;

namespace Intake.Pipeline.Tests.Classification;

public sealed class JapaneseWordSegmenterTests
{
    private static readonly string[] s_texts =
    [
        "本研究の成果に係る知的財産権は、甲乙の共有とする。",
        "乙は、通常実施権が設定されていることを確認する。",
        "The Licensee shall not sublicense the Know-How.",
        "第１２条（準拠法）本契約は日本法に準拠する。",
        "",
    ];

    [Fact]
    public void Boundaries_TextsAskedForAgainAndInTurn_AreThoseOfAFreshWordBreakIterator()
    {
        // Each text three times, interleaved with more texts than the segmenter remembers.
        foreach (var text in s_texts.Concat(s_texts).Concat(s_texts.Reverse()))
        {
            Assert.Equal(Fresh(text), JapaneseWordSegmenter.Boundaries(text));
        }
    }

    [Fact]
    public void Boundaries_SameTextInAnotherString_IsRecognisedByItsCharacters()
    {
        var text = s_texts[0];
        var first = JapaneseWordSegmenter.Boundaries(text);

        var again = JapaneseWordSegmenter.Boundaries(new string(text.AsSpan()));

        Assert.Same(first, again);
    }

    private static List<int> Fresh(string text)
    {
        var iterator = BreakIterator.GetWordInstance(CultureInfo.GetCultureInfo("ja"));
        iterator.SetText(text);
        var boundaries = new List<int>();
        for (var b = iterator.First(); b != BreakIterator.Done; b = iterator.Next())
        {
            boundaries.Add(b);
        }

        return boundaries;
    }
}
