using System.Globalization;
using Intake.Pipeline.Classification.Features;
using Intake.Pipeline.Evidence;

namespace Intake.Pipeline.Tests.Evidence;

public sealed class NormalizationMapTests
{
    [Theory]
    [InlineData("㈱ＡＢＣは、ﾗｲｾﾝｽ契約に基づき、ソースコードを開示する。")]
    [InlineData("The LICENSEE shall\r\nnot assign (ｉ) any Know-How.")]
    [InlineData("ｶﾞｲﾄﾞﾗｲﾝ第１２条　e\u0301te\u0301 👍🏽 end")]
    [InlineData("か\u3099き\u309Aく 々\u302A a\u0301b x\u200Dy \t\r\n\nA 한국어 ｶﾟ¼ ﾞ")]
    [InlineData("\u0301starts with a mark, ends with one\u0301")]
    [InlineData("The Licensee shall not assign this Agreement.")]
    [InlineData("the “Licensed Know‑How” — the Licensor’s … data ‰ ⁂")]
    [InlineData("“\u200D” —\u0301 ‘\uFE0F’ \u2028 \u2060 ‐\u20DD")]
    [InlineData("")]
    public void Build_AnyText_MapsEachNormalisedCharacterToTheTextElementItCameFrom(string text)
    {
        var expected = new List<(int Start, int End)>();
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            var piece = ClauseFeaturizer.Normalize(element);
            expected.AddRange(Enumerable.Repeat((elements.ElementIndex, elements.ElementIndex + element.Length), piece.Length));
        }

        var map = NormalizationMap.Build(text);

        Assert.NotNull(map);
        Assert.Equal(expected, Enumerable.Range(0, expected.Count).Select(i => map.ToOriginal(i, 1)!.Value));
        Assert.Null(map.ToOriginal(expected.Count, 1));
    }
}
