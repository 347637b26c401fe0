using Intake.Pipeline.Scoring.Polarity;

namespace Intake.Pipeline.Tests.Scoring.Polarity;

public sealed class PolarityRulesTests
{
    [Fact]
    public void Pairs_AreAtLeastThirtyInEachLanguage()
    {
        Assert.True(PolarityPair.All.Count(p => p.Lang == "en") >= 30);
        Assert.True(PolarityPair.All.Count(p => p.Lang == "ja") >= 30);
        Assert.Equal(PolarityPair.All.Count, PolarityPair.All.Select(p => p.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(PolarityPair.Ids), MemberType = typeof(PolarityPair))]
    public void Read_PermissionOfThePair_IsAPermission(string id)
    {
        var pair = PolarityPair.Get(id);

        Assert.Equal(ClausePolarity.Permission, PolarityRules.Read(pair.Permission, pair.Topic).Polarity);
    }

    [Theory]
    [MemberData(nameof(PolarityPair.Ids), MemberType = typeof(PolarityPair))]
    public void Read_RestrictionOfThePair_IsARestriction(string id)
    {
        var pair = PolarityPair.Get(id);

        Assert.Equal(ClausePolarity.Restriction, PolarityRules.Read(pair.Restriction, pair.Topic).Polarity);
    }

    [Theory]
    [InlineData("Licensor may terminate this Agreement if Licensee assigns it without consent.", PolarityTopic.Assignment)]
    [InlineData("乙が甲の承諾なく本契約上の地位を譲渡した場合、甲は本契約を解除することができる。", PolarityTopic.Assignment)]
    [InlineData("Each party shall comply with all applicable export control laws.", PolarityTopic.Export)]
    [InlineData("The parties shall cooperate in good faith.", PolarityTopic.Subcontracting)]
    public void Read_ActAsAConditionOrAnObligation_IsUnstated(string text, PolarityTopic topic)
    {
        Assert.Equal(ClausePolarity.Unstated, PolarityRules.Read(text, topic).Polarity);
    }

    [Fact]
    public void Read_RestrictionWithACarveOutInAProviso_StaysARestriction()
    {
        const string Text = "Neither party may assign this Agreement without the other's consent; provided, however, that either party may assign it to an Affiliate without consent.";

        var reading = PolarityRules.Read(Text, PolarityTopic.Assignment);

        Assert.Equal(ClausePolarity.Restriction, reading.Polarity);
        Assert.StartsWith("Neither party", reading.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PermissionOutsideAProviso_WinsOverTheRestrictionThatFollows()
    {
        const string Text = "乙は、甲の承諾を得ることなく、本業務を第三者に再委託することができる。ただし、甲の競合事業者に再委託してはならない。";

        var reading = PolarityRules.Read(Text, PolarityTopic.Subcontracting);

        Assert.Equal(ClausePolarity.Permission, reading.Polarity);
        Assert.Contains("承諾を得ることなく", reading.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_IncludingWithoutLimitation_IsNotAPermission()
    {
        const string Text = "Licensee shall not transfer the Software, including without limitation by sale or lease.";

        Assert.Equal(ClausePolarity.Restriction, PolarityRules.Read(Text, PolarityTopic.Assignment).Polarity);
    }

    [Theory]
    [InlineData("12.2 Neither party may assign this Agreement or subcontract any of its duties without the other party's prior written consent.", PolarityTopic.Subcontracting)]
    [InlineData("The Vendor may only subcontract the Services to subcontractors listed in Schedule 4.", PolarityTopic.Subcontracting)]
    [InlineData("Licensee shall not assign this Agreement, whether by operation of law or otherwise, including without limitation by merger.", PolarityTopic.Assignment)]
    public void Read_NumberedOrQualifiedRestrictions_AreRestrictions(string text, PolarityTopic topic)
    {
        Assert.Equal(ClausePolarity.Restriction, PolarityRules.Read(text, topic).Polarity);
    }

    [Fact]
    public void Read_CarveOutAfterNotwithstanding_DoesNotUndoTheRestrictionOfTheSameClause()
    {
        const string Text = "Neither party may assign this Agreement without consent. Notwithstanding the foregoing, either party may assign it to an Affiliate without consent.";

        Assert.Equal(ClausePolarity.Restriction, PolarityRules.Read(Text, PolarityTopic.Assignment).Polarity);
    }
}
