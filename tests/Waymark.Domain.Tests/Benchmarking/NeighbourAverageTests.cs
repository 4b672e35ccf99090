using Waymark.Benchmarking;

using static Waymark.Domain.Tests.Numbers;

namespace Waymark.Domain.Tests.Benchmarking;

public class NeighbourAverageTests
{
    [Theory]
    [InlineData("10;-;11;12.5", 1, "11.2", 3, 4)]
    [InlineData("1.0;1.1", 1, "1.1", 2, 2)]
    [InlineData("1.2;1.3;-", 1, "1.3", 2, 3)]
    [InlineData("7;8", 0, "8", 2, 2)]
    [InlineData("-1.0;-1.1", 1, "-1.1", 2, 2)]
    [InlineData("80", 1, "80.0", 1, 1)]
    [InlineData("54.3;59.5;-;62.1;70.2;-;66.6;51.7;45.0;60.1", 1, "58.7", 8, 10)]
    public void Of_NeighbourValues_IsThePlainMeanOfThoseWithDataRoundedHalfUp(string values, int decimals, string shown, int withData, int neighbours)
    {
        NeighbourAverage average = NeighbourAverage.Of(Values(values), decimals);

        Assert.Equal(shown, Shown(average.Value));
        Assert.Equal(withData, average.WithData);
        Assert.Equal(neighbours, average.Neighbours);
    }

    [Theory]
    [InlineData("-;-;-", 3)]
    [InlineData("", 0)]
    public void Of_NoNeighbourHasAValue_IsNullWithNoneWithData(string values, int neighbours)
    {
        NeighbourAverage average = NeighbourAverage.Of(Values(values), 1);

        Assert.Null(average.Value);
        Assert.Equal(0, average.WithData);
        Assert.Equal(neighbours, average.Neighbours);
    }

    // "-" stands for a neighbour without a value.
    private static List<decimal?> Values(string values) =>
        values.Length == 0 ? [] : values.Split(';').Select(v => v == "-" ? null : DecOrNull(v)).ToList();
}
