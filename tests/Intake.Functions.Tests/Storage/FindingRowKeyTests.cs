using Intake.Pipeline.Storage;

namespace Intake.Functions.Tests.Storage;

/// <summary>Finding row keys: the table service sorts them ordinally, and pages rely on that order being index order.</summary>
public class FindingRowKeyTests
{
    [Fact]
    public void RowKeyFor_SmallIndex_KeepsTheFiveDigitKeyEarlierVersionsWrote()
    {
        Assert.Equal("00000", FindingEntity.RowKeyFor(0));
        Assert.Equal("00042", FindingEntity.RowKeyFor(42));
        Assert.Equal("99999", FindingEntity.RowKeyFor(99_999));
    }

    [Fact]
    public void RowKeyFor_IndicesAcrossEveryWidth_SortOrdinallyInIndexOrder()
    {
        int[] indices = [0, 9, 10, 99, 12_345, 99_998, 99_999, 100_000, 100_001, 999_999, 1_000_000, 123_456_789, int.MaxValue];

        var keys = indices.Select(FindingEntity.RowKeyFor).ToArray();

        Assert.Equal(keys, keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(keys.Length, keys.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void RowKeyFor_NegativeIndex_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FindingEntity.RowKeyFor(-1));
    }
}
