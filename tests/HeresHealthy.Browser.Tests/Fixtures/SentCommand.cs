namespace HeresHealthy.Browser.Tests.Fixtures;

public enum CommandKind
{
    Referral,
    Message,
}

public enum Outcome
{
    Pending,
    Acknowledged,
    AcknowledgedOnRetry,
    RefusedClearly,
    FailedOtherwise,
}

/// <summary>One command the load driver sent, with its command id (the same on every attempt) and how it fared.</summary>
public sealed class SentCommand
{
    private SentCommand(CommandKind kind, string practice, string? caseId)
    {
        (Kind, Practice, CaseId) = (kind, practice, caseId);
        CommandId = Guid.NewGuid().ToString();
        var referral = Fixtures.Referral.New();
        (Path, Body) = kind == CommandKind.Referral
            ? ("/api/referrals", referral.ApiBody(CommandId))
            : ($"/api/referrals/{caseId}/messages", (object)new { commandId = CommandId, text = $"Lastprobe {CommandId}" });
    }

    public CommandKind Kind { get; }

    public string Practice { get; }

    public string CommandId { get; }

    public string Path { get; }

    public object Body { get; }

    /// <summary>The case: the message's, or the one the referral's answer named.</summary>
    public string? CaseId { get; private set; }

    public Outcome Outcome { get; private set; }

    /// <summary>The status of the last failed attempt (0: no answer; 1503: a 503 without the app's German problem).</summary>
    public int Failure { get; private set; }

    public bool SettledLater { get; private set; }

    public bool Acknowledged => Outcome is Outcome.Acknowledged or Outcome.AcknowledgedOnRetry || SettledLater;

    public static SentCommand Referral(string practice) => new(CommandKind.Referral, practice, null);

    public static SentCommand Message(string practice, string caseId) => new(CommandKind.Message, practice, caseId);

    /// <summary>When the acknowledgement came, on the load driver's clock.</summary>
    public TimeSpan? AcknowledgedAt { get; private set; }

    public void Record(int status, string? caseId, bool retried, TimeSpan at)
    {
        if (status is >= 200 and < 300)
        {
            (Outcome, CaseId, AcknowledgedAt) = (retried ? Outcome.AcknowledgedOnRetry : Outcome.Acknowledged, caseId, at);
        }
        else
        {
            (Outcome, Failure) = (status == 503 ? Outcome.RefusedClearly : Outcome.FailedOtherwise, status);
        }
    }

    public void Settle(string? caseId) => (SettledLater, CaseId) = (true, caseId);
}
