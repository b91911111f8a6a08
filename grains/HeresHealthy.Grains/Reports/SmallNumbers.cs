namespace HeresHealthy.Grains.Reports;

/// <summary>
/// The small-number rule of every published report cell (docs/data-protection.md): a count under 5, 0 included, is
/// suppressed (a 0 beside a suppressed number of referrals would say that none of those few families was reached), every
/// other count is rounded to the nearest multiple of 5, so that the difference of any two published counts is a multiple
/// of 5 as well and can never show a 1 to 4. Times need at least <see cref="MinimumForTimes"/> measured cases.
/// </summary>
public static class SmallNumbers
{
    public const int Threshold = 5;

    public const int MinimumForTimes = 10;

    /// <summary>The published form of a true count: null (suppressed, 0 to 4) or a multiple of 5.</summary>
    public static int? Count(int value) =>
        value < Threshold ? null : (int)Math.Round(value / (double)Threshold, MidpointRounding.AwayFromZero) * Threshold;

    /// <summary>A share in whole percent, computed from two published counts only; null if either is suppressed or the whole is 0.</summary>
    public static int? Percent(int? part, int? whole) =>
        part is { } p && whole is { } w and > 0 ? (int)Math.Round(100.0 * p / w, MidpointRounding.AwayFromZero) : null;

    /// <summary>The <paramref name="quantile"/> (nearest rank) of the measured minutes; null for fewer than ten.</summary>
    public static int? Quantile(IReadOnlyCollection<int> minutes, double quantile)
    {
        if (minutes.Count < MinimumForTimes)
        {
            return null;
        }

        var sorted = minutes.Order().ToArray();
        var rank = (int)Math.Ceiling(quantile * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
