namespace SaePowerShell.Emulator.World;

/// <summary>
/// An NLB instance bound to an application (BindNlb): its id, AddressType (Internet or Intranet), DNS name, whether SAE
/// created it (no NlbId given) and its listeners, in the order bound. Replaced whole, never edited in place.
/// </summary>
internal sealed record NlbBinding(string NlbId, string AddressType, string DnsName, bool CreatedBySae, IReadOnlyList<NlbListener> Listeners);

/// <summary>One listener of a bound NLB: Port over Protocol (TCP, UDP, TCPSSL) to TargetPort; CertIds for TCPSSL.</summary>
internal sealed record NlbListener(int Port, int TargetPort, string Protocol, string CertIds);
