using Waymark.Reporting.Charts;

namespace Waymark.Reporting.Tests;

public sealed class ChartScaleTests
{
    [Fact]
    public void Grid_lines_fall_on_round_numbers_a_reader_would_write()
    {
        ChartScale scale = ChartScale.Around([72m, 69m, 66m, 70m, 69m, 38m, 51m, 12m, 25m, 37m]);

        Assert.Equal([0m, 20m, 40m, 60m, 80m], scale.Ticks());
        Assert.Equal(0, scale.Decimals);
    }

    [Fact]
    public void Small_ranges_step_in_halves_or_quarters_and_are_labelled_to_match()
    {
        ChartScale rate = ChartScale.Around([5.9m, 5.5m, 6.1m]);
        Assert.Equal([0m, 2m, 4m, 6m, 8m], rate.Ticks());
        Assert.Equal(0, rate.Decimals);

        ChartScale quarters = ChartScale.Around([8.4m, 9.1m]);
        Assert.Equal([0m, 2.5m, 5m, 7.5m, 10m], quarters.Ticks());
        Assert.Equal(1, quarters.Decimals);

        ChartScale tiny = ChartScale.Around([0.07m, 0.12m]);
        Assert.Equal([0m, 0.05m, 0.1m, 0.15m], tiny.Ticks());
        Assert.Equal(2, tiny.Decimals);
    }

    [Fact]
    public void Negative_values_and_a_single_value_still_give_a_scale_around_them()
    {
        Assert.Equal([-10m, -5m, 0m, 5m, 10m], ChartScale.Around([-8m, 9m]).Ticks());
        Assert.Equal([0m, 25m, 50m, 75m, 100m], ChartScale.Around([100m]).Ticks());
        Assert.Equal([0m, 0.25m, 0.5m, 0.75m, 1m], ChartScale.Around([]).Ticks());
    }
}
