/**
 * HELD OUT: English role cases written with the tuned set, never tuned on (no cue, rule or
 * dictionary entry was added to make one of these pass). Evaluated and printed apart.
 */
export const EN_ROLES_HELD_OUT = `
lost_or_delayed | the tracking shows it stuck at the Leipzig hub since forever | r=Leipzig/DE:location; s=stuck
customs_help | my parcel from Hong Kong is held in customs in Sydney | r=Hong Kong/HK:origin; r=Sydney/AU:location; s=exception
change_delivery | please send it to 300 King Street, Melbourne instead | r=Melbourne/AU:new_address; na=300 King Street, Melbourne
change_delivery | can I have the parcel to Dublin delivered to my sister in Cork instead? | r=Dublin/IE:destination; r=Cork/IE:new_address; na=Cork
track_shipment | where's my parcel from Milan? Cheers, Luca Rossi, Rossi Imports, Turin | r=Milan/IT:origin; r=Turin/IT:noise; ask=location
track_shipment | when is my box to Vienna going to arrive? | r=Vienna/AT:destination; ask=delivery_date
track_shipment | was my parcel to Geneva delivered? | r=Geneva/CH:destination; ask=status
billing | there is a late fee on my invoice |
track_shipment | who signed for the parcel from Osaka? | r=Osaka/JP:origin; ask=signed_by
lost_or_delayed | my parcel has been sitting at the Frankfurt airport for a week | r=Frankfurt am Main/DE:location; s=stuck
track_shipment | show me all my delivered parcels to Spain | r=Spain/ES:destination; s=delivered
change_delivery | the new address is 8 Rue de Rivoli, Paris | r=Paris/FR:new_address; na=8 Rue de Rivoli, Paris
track_shipment | where is it right now? last update said Atlanta | r=Atlanta/US:location; ask=location
track_shipment | which day did my package to Austin arrive? | r=Austin/US:destination; ask=delivery_date
lost_or_delayed | our shipment from Taipei is stuck in Los Angeles | r=Taipei/TW:origin; r=Los Angeles/US:location; s=stuck
track_shipment | the parcel I got on Tuesday from Porto | r=Porto/PT:origin; dr=delivered
`;
