namespace HeresHealthy.Web.Security;

/// <summary>Authorization policy names, one per role of PROTOCOL.md.</summary>
public static class Policies
{
    public const string Practice = nameof(Practice);
    public const string Lotsin = nameof(Lotsin);
    public const string Coordinator = nameof(Coordinator);
    public const string Kiosk = nameof(Kiosk);
    public const string Admin = nameof(Admin);
    public const string DataProtectionOfficer = nameof(DataProtectionOfficer);

    /// <summary>Reads the protected reports: the coordinator and the reporting role (Berichte).</summary>
    public const string ReportReader = nameof(ReportReader);
    public const string CaseWorker = nameof(CaseWorker);
    public const string KioskOrCaseWorker = nameof(KioskOrCaseWorker);

    /// <summary>Plans the parent workshops and keeps their registrations and attendance: kiosk staff and the coordinator.</summary>
    public const string WorkshopPlanner = nameof(WorkshopPlanner);
}
