using System.Globalization;
using System.Text;
using Intake.Pipeline.Classification.Features;

namespace Intake.Pipeline.Tests.Classification;

public sealed class NfkcStableTextTests
{
    [Fact]
    public void Characters_EachIsItsOwnNfkcFormAndNoMark()
    {
        var characters = NfkcStableText.Characters();

        Assert.All(characters, c =>
        {
            var text = c.ToString();
            Assert.True(text.IsNormalized(NormalizationForm.FormKC), $"U+{(int)c:X4}");
            Assert.DoesNotContain(CharUnicodeInfo.GetUnicodeCategory(c), new[] { UnicodeCategory.NonSpacingMark, UnicodeCategory.SpacingCombiningMark, UnicodeCategory.EnclosingMark, UnicodeCategory.OtherNotAssigned });
        });
    }

    [Fact]
    public void IsKnownLowerCase_EveryCharacterButTheCapitals_IsItsOwnLowerCase()
    {
        var characters = NfkcStableText.Characters();

        Assert.All(characters.Where(c => NfkcStableText.IsKnownLowerCase(c.ToString())), c => Assert.Equal(c, char.ToLowerInvariant(c)));
        Assert.Equal(characters.Length - 26, characters.Count(c => NfkcStableText.IsKnownLowerCase(c.ToString())));
        Assert.False(NfkcStableText.IsKnownLowerCase("乙はLicenseを受ける。"));
        Assert.False(NfkcStableText.IsKnownLowerCase("ÀÉ"));
    }

    [Fact]
    public void IsKnownNormalized_RandomTextsOfTheCharacters_AgreesWithIcu()
    {
        var characters = NfkcStableText.Characters();
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(1, 40)).Select(_ => characters[random.Next(characters.Length)])]);

            Assert.True(NfkcStableText.IsKnownNormalized(text));
            Assert.True(text.IsNormalized(NormalizationForm.FormKC), text);
        }
    }

    [Theory]
    [InlineData("第１条　（目的）")]
    [InlineData("ﾗｲｾﾝｽ")]
    [InlineData("か\u3099")]
    [InlineData("㈱")]
    [InlineData("…")]
    [InlineData("é")]
    public void IsKnownNormalized_FullWidthHalfWidthCombiningOrCompatibilityText_LeavesItToIcu(string text) =>
        Assert.False(NfkcStableText.IsKnownNormalized(text));

    [Theory]
    [InlineData("第1条（目的）", "第1条(目的)")]
    [InlineData("The Licensee’s “Know-How”", "the licensee’s “know-how”")]
    [InlineData("本件技術を開示する。", "本件技術を開示する。")]
    public void Normalize_TextsTheShortcutVouchesForOrNot_NfkcAndLowerCase(string text, string expected) =>
        Assert.Equal(expected, ClauseFeaturizer.Normalize(text));
}
