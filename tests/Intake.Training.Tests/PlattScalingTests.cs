namespace Intake.Training.Tests;

public sealed class PlattScalingTests
{
    [Fact]
    public void Fit_ScoresThatSeparateTheClasses_GiveAnIncreasingCalibratedSigmoid()
    {
        var data = Enumerable.Range(0, 200).Select(i => (Score: (i - 100) / 10f, Truth: i > 100 + ((i % 7) - 3))).ToList();

        var fit = PlattScaling.Fit(data);

        Assert.NotNull(fit);
        Assert.True(fit.Value.Slope < 0);
        double P(double s) => 1 / (1 + Math.Exp((fit.Value.Slope * s) + fit.Value.Offset));
        Assert.InRange(P(0), 0.3, 0.7);
        Assert.True(P(5) > 0.95);
        Assert.True(P(-5) < 0.05);
    }

    [Fact]
    public void Fit_OneClassOnly_GivesNothing()
    {
        Assert.Null(PlattScaling.Fit([(1f, true), (2f, true)]));
    }
}
