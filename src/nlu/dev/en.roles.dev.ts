/**
 * English role set (team-written from the domain, not from evaluation corpora): what each place,
 * date and status word is for. Tuned on. Format: devFormat.ts (r=, na=, dr=, ask=, s=).
 */
export const EN_ROLES_DEV = `
lost_or_delayed | it's been sitting in Anchorage for days | r=Anchorage/US:location; s=stuck
lost_or_delayed | my parcel to Toronto is stuck in Chicago | r=Toronto/CA:destination; r=Chicago/US:location; s=stuck
customs_help | the box from Shenzhen has been held at customs in Anchorage | r=Shenzhen/CN:origin; r=Anchorage/US:location; s=held_in_customs
track_shipment | tracking says it's in Louisville, is that normal? | r=Louisville/US:location
lost_or_delayed | last scan was in Memphis and nothing since | r=Memphis/US:location
lost_or_delayed | the parcel hasn't moved from the Cologne hub | r=Köln/DE:location; s=stuck
track_shipment | where is my package? the app says it is in Dallas | r=Dallas/US:location; ask=location
change_delivery | I need to change the delivery address, it should go to 120 Bremner Blvd, Toronto | r=Toronto/CA:new_address; na=120 Bremner Blvd, Toronto
change_delivery | please redirect my parcel to Boston instead | r=Boston/US:new_address; na=Boston
change_delivery | can you deliver it to 55 Water Street, New York instead of my home | r=New York/US:new_address; na=55 Water Street, New York
change_delivery | the package from Paris should be delivered to my office at 10 Market St, San Francisco | r=Paris/FR:origin; r=San Francisco/US:new_address; na=10 Market St, San Francisco
change_delivery | new address: 4 Queen Street, Auckland | r=Auckland/NZ:new_address; na=4 Queen Street, Auckland
change_delivery | reroute the shipment to Chicago to Denver please | r=Chicago/US:destination; r=Denver/US:new_address; na=Denver
track_shipment | where is my parcel to Berlin? Best regards, Anna Weber, Acme GmbH, Munich | r=Berlin/DE:destination; r=Munich/DE:noise; ask=location
track_shipment | can you check 1Z999AA10123456784? Kind regards, Tom Baker, Logistics Manager, Leeds | r=Leeds/GB:noise
lost_or_delayed | this is the third time I write. > your parcel from Madrid is on its way | r=Madrid/ES:noise
billing | please resend the invoice. Regards, Maria Lopez, Finance team, Houston | r=Houston/US:noise
track_shipment | when will my parcel be delivered? | ask=delivery_date
track_shipment | has my package to Rome been delivered yet? | r=Rome/IT:destination; ask=status
track_shipment | can you tell me if my parcel to Rome has arrived? | r=Rome/IT:destination; ask=status
track_shipment | I'd like to know whether my box to Oslo was delivered | r=Oslo/NO:destination; ask=status
track_shipment | show me the ones that were delivered | s=delivered
billing | why is my payment on hold? |
billing | my refund is stuck |
billing | I have an overdue invoice, can I pay it online? |
track_shipment | who signed for my parcel to Lyon? | r=Lyon/FR:destination; ask=signed_by
track_shipment | what day was it delivered? | ask=delivery_date
track_shipment | the parcel delivered on Monday is not mine | s=delivered; dr=delivered
track_shipment | where is the package I sent to Oslo on Friday? | r=Oslo/NO:destination; ask=location; dr=shipped
damaged_package | I received a parcel yesterday from Lisbon but it's empty | r=Lisbon/PT:origin; dr=delivered
lost_or_delayed | my package from Seoul is late, it was due on Tuesday | r=Seoul/KR:origin; dr=delivered
track_shipment | is it out for delivery? | ask=status
track_shipment | list the parcels stuck in customs | s=held_in_customs
track_shipment | the one going to Madrid, not the Paris one | r=Madrid/ES:destination
`;
