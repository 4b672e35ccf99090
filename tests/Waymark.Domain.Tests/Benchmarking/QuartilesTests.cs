using Waymark.Benchmarking;

using static Waymark.Domain.Tests.Numbers;

namespace Waymark.Domain.Tests.Benchmarking;

public class QuartilesTests
{
    // Each row worked out by hand with h = (n - 1)p and x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]),
    // the same as R's quantile(x, type = 7).
    [Theory]
    [InlineData("1;2;3;4", "1.75", "2.5", "3.25")]
    [InlineData("5", "5", "5", "5")]
    [InlineData("10;20;30;40;50", "20", "30", "40")]
    [InlineData("1;2", "1.25", "1.5", "1.75")]
    [InlineData("1;2;3", "1.5", "2", "2.5")]
    [InlineData("1;2;3;4;5;6;7", "2.5", "4", "5.5")]
    [InlineData("2;4;4;5;7;9;10;12;15;20", "4.25", "8", "11.5")]
    [InlineData("6.8;7.5;8.1;9.2;11.3;12.0", "7.65", "8.65", "10.775")]
    [InlineData("10;20;20;30", "17.5", "20", "22.5")]
    [InlineData("3;3;3;3", "3", "3", "3")]
    [InlineData("-4;-2;0;2", "-2.5", "-1", "0.5")]
    public void OfSorted_Values_InterpolatesBetweenOrderStatistics(string values, string q1, string q2, string q3)
    {
        Quartiles quartiles = Quartiles.OfSorted(values.Split(';').Select(Dec).ToList());

        Assert.Equal(Dec(q1), quartiles.Q1);
        Assert.Equal(Dec(q2), quartiles.Q2);
        Assert.Equal(Dec(q3), quartiles.Q3);
    }

    [Fact]
    public void OfSorted_NoValues_Throws()
    {
        Assert.Throws<ArgumentException>(() => Quartiles.OfSorted([]));
    }
}
