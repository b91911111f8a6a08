
namespace HeresHealthy.Grains.Abstractions.Kiosk;

/// <summary>A change of the kiosk's workshops; it carries no name and no phone number, only the network to tell.</summary>
public interface IWorkshopEvent
{
    string Network { get; }
}
