namespace HeresHealthy.Grains;

/// <summary>
/// How long a closed case keeps its personal data (configuration section <c>Retention</c>). Afterwards the case is
/// anonymised; its anonymous facts stay for the reports. Why two years: docs/data-protection.md, "Retention".
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>The time from closing to anonymising, e.g. <c>"Retention:ClosedCasesAfter": "730.00:00:00"</c>.</summary>
    public TimeSpan ClosedCasesAfter { get; set; } = TimeSpan.FromDays(730);
}
