namespace Intake.Training;

/// <summary>
/// Fits Platt's sigmoid p = 1 / (1 + exp(A·s + B)) to scores and outcomes (Newton's method with
/// backtracking and Platt's smoothed targets, after Lin, Lin and Weng, "A note on Platt's
/// probabilistic outputs for support vector machines", 2007). Used on the validation split, so the
/// probabilities the model reports are calibrated on clauses it did not learn from, whatever the
/// class weights and masking did to the training fit.
/// </summary>
public static class PlattScaling
{
    public static (double Slope, double Offset)? Fit(IReadOnlyList<(float Score, bool Truth)> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var positives = data.Count(d => d.Truth);
        var negatives = data.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return null;
        }

        var high = (positives + 1.0) / (positives + 2.0);
        var low = 1.0 / (negatives + 2.0);
        var targets = data.Select(d => d.Truth ? high : low).ToArray();
        var scores = data.Select(d => (double)d.Score).ToArray();
        var a = 0.0;
        var b = Math.Log((negatives + 1.0) / (positives + 1.0));
        var loss = Loss(scores, targets, a, b);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double h11 = 1e-12, h22 = 1e-12, h21 = 0, g1 = 0, g2 = 0;
            for (var i = 0; i < scores.Length; i++)
            {
                var fApB = (scores[i] * a) + b;
                double p, q;
                if (fApB >= 0)
                {
                    p = Math.Exp(-fApB) / (1 + Math.Exp(-fApB));
                    q = 1 / (1 + Math.Exp(-fApB));
                }
                else
                {
                    p = 1 / (1 + Math.Exp(fApB));
                    q = Math.Exp(fApB) / (1 + Math.Exp(fApB));
                }

                var d2 = p * q;
                h11 += scores[i] * scores[i] * d2;
                h22 += d2;
                h21 += scores[i] * d2;
                var d1 = targets[i] - p;
                g1 += scores[i] * d1;
                g2 += d1;
            }

            if (Math.Abs(g1) < 1e-5 && Math.Abs(g2) < 1e-5)
            {
                break;
            }

            var det = (h11 * h22) - (h21 * h21);
            var dA = -((h22 * g1) - (h21 * g2)) / det;
            var dB = -((-h21 * g1) + (h11 * g2)) / det;
            var gd = (g1 * dA) + (g2 * dB);
            var step = 1.0;
            while (step >= 1e-10)
            {
                var newA = a + (step * dA);
                var newB = b + (step * dB);
                var newLoss = Loss(scores, targets, newA, newB);
                if (newLoss < loss + (1e-4 * step * gd))
                {
                    (a, b, loss) = (newA, newB, newLoss);
                    break;
                }

                step /= 2;
            }

            if (step < 1e-10)
            {
                break;
            }
        }

        return (a, b);
    }

    private static double Loss(double[] scores, double[] targets, double a, double b)
    {
        var loss = 0.0;
        for (var i = 0; i < scores.Length; i++)
        {
            var fApB = (scores[i] * a) + b;
            loss += fApB >= 0
                ? (targets[i] * fApB) + Math.Log(1 + Math.Exp(-fApB))
                : ((targets[i] - 1) * fApB) + Math.Log(1 + Math.Exp(fApB));
        }

        return loss;
    }
}
