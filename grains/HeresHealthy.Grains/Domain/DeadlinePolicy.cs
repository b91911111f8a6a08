namespace HeresHealthy.Grains.Domain;

/// <summary>The deadlines of PROTOCOL.md; these are the defaults, configurable per network.</summary>
public sealed record DeadlinePolicy
{
    public static DeadlinePolicy Default { get; } = new();

    public int AssignWorkingDays { get; init; } = 1;

    public TimeSpan AssignUrgent { get; init; } = TimeSpan.FromMinutes(15);

    public int RespondWorkingDays { get; init; } = 1;

    public int FirstContactAttemptWorkingDays { get; init; } = 2;

    public int FirstContactFeedbackWorkingDays { get; init; } = 10;

    public TimeSpan StaleAfter { get; init; } = TimeSpan.FromDays(42);

    /// <summary>After the reminder to the Lotsin, how many working days until the alert on the board.</summary>
    public int AlertAfterReminderWorkingDays { get; init; } = 1;
}
