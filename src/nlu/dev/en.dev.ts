/** English dev set (team-written). Now: Thu 2025-03-20 10:00Z, zone America/New_York. See devFormat.ts. */
export const EN_TIME_ZONE = 'America/New_York';

export const EN_DEV = `
# track_shipment
track_shipment | where's my package | 
track_shipment | wheres my pakage from new yrok to londn | o=New York/US; to=London/GB; r=New York/US:origin; r=London/GB:destination
track_shipment | the box I mailed my daughter in Paris on Feb 28 | d=2025-02-28; to=Paris/FR; r=Paris/FR:destination
track_shipment | can you check 1Z999AA10123456784 for me | t=1Z999AA10123456784
track_shipment | status of 1z 4x7y9z 0276543210 | t=1Z4X7Y9Z0276543210
track_shipment | track 1ZA1B2C30112345677 and 1Z1234560300000010 | t=1ZA1B2C30112345677; t=1Z1234560300000010
track_shipment | where is my parcel to Berlin | to=Berlin/DE; r=Berlin/DE:destination
track_shipment | I sent a package to Tokyo yesterday, where is it now | d=2025-03-19; to=Tokyo/JP; r=Tokyo/JP:destination
track_shipment | package from Shanghai to New York sent on March 15 | d=2025-03-15; o=Shanghai/CN; to=New York/US; r=Shanghai/CN:origin; r=New York/US:destination
track_shipment | when will my shipment to Madrid arrive | to=Madrid/ES; r=Madrid/ES:destination
track_shipment | has the parcel I sent last week to Toronto been delivered | d=2025-03-10..2025-03-16; to=Toronto/CA; r=Toronto/CA:destination
track_shipment | where is the package I shipped on Monday | d=2025-03-17
track_shipment | need an update on my box to Sydney | to=Sydney/AU; r=Sydney/AU:destination
track_shipment | what's the ETA for my order | 
track_shipment | hey can u tell me where my parcel is at | 
track_shipment | tracking for the shipment from London to Dubai please | o=London/GB; to=Dubai/AE; r=London/GB:origin; r=Dubai/AE:destination
track_shipment | where is my package from Chicago | o=Chicago/US; r=Chicago/US:origin
track_shipment | show my shipments from this month | d=2025-03-01..2025-03-31
track_shipment | list everything I shipped last month | d=2025-02-01..2025-02-28
track_shipment | did my package to Mexico City get there | to=Mexico City/MX; r=Mexico City/MX:destination
track_shipment | the parcel I sent to my son in Seoul two days ago | d=2025-03-18; to=Seoul/KR; r=Seoul/KR:destination
track_shipment | where is the box I mailed to Amsterdm | to=Amsterdam/NL; r=Amsterdam/NL:destination
track_shipment | check status on the shipment to Shangai | to=Shanghai/CN; r=Shanghai/CN:destination
track_shipment | package to Sao Paolo sent December 30 | d=2024-12-30; to=São Paulo/BR; r=São Paulo/BR:destination
track_shipment | my parcel going to Frankfurt, any news? | to=Frankfurt am Main/DE; r=Frankfurt am Main/DE:destination
track_shipment | whats happening with the package I sent to Rome on 3/5 | d=2025-03-05; to=Rome/IT; r=Rome/IT:destination
track_shipment | can you locate my shipment | 
track_shipment | I want to track a package | 
track_shipment | where is my package I sent from LA to NYC | o=Los Angeles/US; to=New York/US; r=Los Angeles/US:origin; r=New York/US:destination
track_shipment | track the package going from Hong Kong to Singapore | o=Hong Kong/HK; to=Singapore/SG; r=Hong Kong/HK:origin; r=Singapore/SG:destination
track_shipment | when is my parcel from Germany arriving | o=Germany/DE; r=Germany/DE:origin
track_shipment | status update on the box to Vancouver please | to=Vancouver/CA; r=Vancouver/CA:destination
track_shipment | is the shipment to Barcelona out for delivery | to=Barcelona/ES; r=Barcelona/ES:destination
track_shipment | I shipped something to Dublin on January 3rd, where is it | d=2025-01-03; to=Dublin/IE; r=Dublin/IE:destination
track_shipment | where's the parcel from Beijing | o=Beijing/CN; r=Beijing/CN:origin
track_shipment | give me the status of my package to Miami | to=Miami/US; r=Miami/US:destination
track_shipment | whre is my packge | 
track_shipment | hows my shipment doing | 
track_shipment | any update on my delivery? | 
track_shipment | track my order to Boston from yesterday | d=2025-03-19; to=Boston/US; r=Boston/US:destination
track_shipment | package I sent to Lisbon last Friday | d=2025-03-14; to=Lisbon/PT; r=Lisbon/PT:destination
track_shipment | what is the status of tracking number 1Z9K8J7H1124681355 | t=1Z9K8J7H1124681355
track_shipment | 1Z7R6T5Y6513579241 | t=1Z7R6T5Y6513579241
track_shipment | pls track 1zab12cd0755501231 | t=1ZAB12CD0755501231
track_shipment | where is 1Z-55E7F2-08-8881234-2 | t=1Z55E7F20888812342
track_shipment | when does the box to Melbourne arrive | to=Melbourne/AU; r=Melbourne/AU:destination
track_shipment | can you see where my shipment to Istanbul is | to=Istanbul/TR; r=Istanbul/TR:destination
track_shipment | where is my parcel from Shenzhen to Los Angeles | o=Shenzhen/CN; to=Los Angeles/US; r=Shenzhen/CN:origin; r=Los Angeles/US:destination
track_shipment | I need to know when my package to Houston will be delivered | to=Houston/US; r=Houston/US:destination
track_shipment | estimated arrival of my parcel to Oslo | to=Oslo/NO; r=Oslo/NO:destination
track_shipment | where is the parcel I sent on Wednesday | d=2025-03-19
track_shipment | show me my recent packages | 
track_shipment | what packages did I send this week | d=2025-03-17..2025-03-23
track_shipment | my package to Atlanta sent 3 days ago, status? | d=2025-03-17; to=Atlanta/US; r=Atlanta/US:destination
track_shipment | where's the shipment from Taipei | o=Taipei/TW; r=Taipei/TW:origin
track_shipment | find the parcel I mailed to Zurich | to=Zürich/CH; r=Zürich/CH:destination
track_shipment | check on my package to Vienna please | to=Vienna/AT; r=Vienna/AT:destination
track_shipment | tracking info for the box to Prague | to=Prague/CZ; r=Prague/CZ:destination
track_shipment | is my package to Warsaw on its way | to=Warsaw/PL; r=Warsaw/PL:destination
track_shipment | where's the parcel I sent to my friend in Brussels | to=Brussels/BE; r=Brussels/BE:destination
track_shipment | the shipment from Guangzhou, has it left yet | o=Guangzhou/CN; r=Guangzhou/CN:origin
track_shipment | package to Stockholm, sent yesterday, where is it | d=2025-03-19; to=Stockholm/SE; r=Stockholm/SE:destination
track_shipment | can you tell me the delivery date for my parcel to Copenhagen | to=Copenhagen/DK; r=Copenhagen/DK:destination
track_shipment | where is my order | 
track_shipment | yo wheres my stuff | 
track_shipment | tell me where the package i sent to Manchestr is | to=Manchester/GB; r=Manchester/GB:destination
track_shipment | need the tracking for my parcel to Athens | to=Athens/GR; r=Athens/GR:destination
track_shipment | my parcel to Bangkok, when will it get there | to=Bangkok/TH; r=Bangkok/TH:destination
track_shipment | where is the package from Dallas to Denver | o=Dallas/US; to=Denver/US; r=Dallas/US:origin; r=Denver/US:destination
track_shipment | check the box I sent from Seattle on March 10 | d=2025-03-10; o=Seattle/US; r=Seattle/US:origin
track_shipment | track shipment 1Z4X7Y9Z0276543210 to Canada | t=1Z4X7Y9Z0276543210; to=Canada/CA; r=Canada/CA:destination
track_shipment | where is my delivery to Japan | to=Japan/JP; r=Japan/JP:destination
track_shipment | status of my package to the UK | to=United Kingdom/GB; r=United Kingdom/GB:destination
track_shipment | did the parcel to France arrive yet | to=France/FR; r=France/FR:destination
track_shipment | where is the package I shipped to Chicgo last week | d=2025-03-10..2025-03-16; to=Chicago/US; r=Chicago/US:destination
track_shipment | look up my shipments please | 
track_shipment | whats the status of my parcels | 
track_shipment | I mailed a gift to my mom in Toronto on Tuesday | d=2025-03-18; to=Toronto/CA; r=Toronto/CA:destination
track_shipment | where is my package going to Philadelphia | to=Philadelphia/US; r=Philadelphia/US:destination
track_shipment | track the parcel from Paris to Rome | o=Paris/FR; to=Rome/IT; r=Paris/FR:origin; r=Rome/IT:destination
track_shipment | when will the box from Seoul arrive | o=Seoul/KR; r=Seoul/KR:origin
track_shipment | wheres my parcle to berlin | to=Berlin/DE; r=Berlin/DE:destination
track_shipment | my shipment to london from yesterday | d=2025-03-19; to=London/GB; r=London/GB:destination
track_shipment | where is the package with tracking 1Z999AA10123456784 going to Boston | t=1Z999AA10123456784; to=Boston/US; r=Boston/US:destination
# lost_or_delayed
lost_or_delayed | my package to Paris is late | to=Paris/FR; r=Paris/FR:destination
lost_or_delayed | the parcel I sent on March 3 never arrived | d=2025-03-03
lost_or_delayed | I think my shipment got lost | 
lost_or_delayed | 1Z999AA10123456784 hasn't moved in a week | t=1Z999AA10123456784
lost_or_delayed | tracking says delivered but nothing is here | 
lost_or_delayed | package stuck for 6 days, no updates | 
lost_or_delayed | my box to Berlin is delayed again | to=Berlin/DE; r=Berlin/DE:destination
lost_or_delayed | the shipment from China is so late | o=China/CN; r=China/CN:origin
lost_or_delayed | where is my package it was supposed to come yesterday | d=2025-03-19
lost_or_delayed | my parcel has been stuck in transit since last week | d=2025-03-10..2025-03-16
lost_or_delayed | lost package | 
lost_or_delayed | my order never showed up | 
lost_or_delayed | the delivery is overdue by 5 days | 
lost_or_delayed | parcel to Madrid never got there | to=Madrid/ES; r=Madrid/ES:destination
lost_or_delayed | it says delivered on Monday but I never got it | d=2025-03-17
lost_or_delayed | my package is missing | 
lost_or_delayed | shipment from Tokyo is delayed | o=Tokyo/JP; r=Tokyo/JP:origin
lost_or_delayed | my pakage is lost pls help | 
lost_or_delayed | still havent received the box i sent to my sister in Dublin | to=Dublin/IE; r=Dublin/IE:destination
lost_or_delayed | why is my parcel taking so long | 
lost_or_delayed | no movement on my shipment for days | 
lost_or_delayed | package went missing after it left Shanghai | o=Shanghai/CN; r=Shanghai/CN:origin
lost_or_delayed | the parcel has been delayed three times | 
lost_or_delayed | my delivery is late and I need it today | d=2025-03-20
lost_or_delayed | the tracking hasn't updated since February 28 | d=2025-02-28
lost_or_delayed | I want to report a missing package | 
lost_or_delayed | the box never came | 
lost_or_delayed | package marked delivered but not received | 
lost_or_delayed | my shipment to Toronto is stuck | to=Toronto/CA; r=Toronto/CA:destination
lost_or_delayed | the parcel from London is very late | o=London/GB; r=London/GB:origin
lost_or_delayed | it's been 2 weeks and my package still isn't here | 
lost_or_delayed | where the hell is my package, it's a week late | 
lost_or_delayed | my package was due last Friday and never came | d=2025-03-14
lost_or_delayed | delayed shipment 1Z4X7Y9Z0276543210 | t=1Z4X7Y9Z0276543210
lost_or_delayed | lost my parcel to Sydney | to=Sydney/AU; r=Sydney/AU:destination
lost_or_delayed | package stuck since Monday | d=2025-03-17
lost_or_delayed | can you open an investigation for my lost parcel | 
lost_or_delayed | the shipment I sent last month never arrived | d=2025-02-01..2025-02-28
lost_or_delayed | my parcel is overdue | 
lost_or_delayed | parcel has not arrived yet and its been ages | 
# damaged_package
damaged_package | my package arrived damaged | 
damaged_package | the box from Berlin came crushed | o=Berlin/DE; r=Berlin/DE:origin
damaged_package | everything inside was broken | 
damaged_package | 1Z999AA10123456784 arrived smashed | t=1Z999AA10123456784
damaged_package | the mirror I shipped to Chicago is cracked | to=Chicago/US; r=Chicago/US:destination
damaged_package | my parcel came torn open | 
damaged_package | I want to make a damage claim | 
damaged_package | the package was soaked and the books are ruined | 
damaged_package | received a broken vase | 
damaged_package | box delivered yesterday was dented and the contents broken | d=2025-03-19
damaged_package | my shipment got damaged in transit | 
damaged_package | the laptop arrived with a cracked screen | 
damaged_package | parcel looked like it was run over | 
damaged_package | how do I claim for damaged goods | 
damaged_package | the ceramic plates are shattered | 
damaged_package | item broke during shipping | 
damaged_package | the package from Paris arrived damaged | o=Paris/FR; r=Paris/FR:origin
damaged_package | box was crushed and wet | 
damaged_package | damaged delivery, what do I do | 
damaged_package | the guitar I sent to London arrived broken | to=London/GB; r=London/GB:destination
damaged_package | packaging was ripped and stuff is broken | 
damaged_package | my tv got smashed | 
damaged_package | dmaged package | 
damaged_package | the parcel I received on Monday was damaged | d=2025-03-17
damaged_package | contents destroyed in shipment | 
# customs_help
customs_help | my parcel is held at customs | 
customs_help | how do I pay import duties | 
customs_help | what paperwork do I need to send a package to Brazil | to=Brazil/BR; r=Brazil/BR:destination
customs_help | customs wants more documents | 
customs_help | why is my shipment from China stuck in customs | o=China/CN; r=China/CN:origin
customs_help | do I need a customs invoice | 
customs_help | how much duty will my friend in Canada pay | to=Canada/CA; r=Canada/CA:destination
customs_help | customs clearance is taking forever | 
customs_help | the package to Mexico needs a customs declaration? | to=Mexico/MX; r=Mexico/MX:destination
customs_help | who pays the import taxes | 
customs_help | my box was seized by customs | 
customs_help | how long does clearance take in Japan | to=Japan/JP; r=Japan/JP:destination
customs_help | can I prepay duties for my recipient | 
customs_help | what's an HS code | 
customs_help | customs fee on 1Z999AA10123456784 | t=1Z999AA10123456784
customs_help | I got a bill for import VAT | 
customs_help | customs held my parcel from Germany | o=Germany/DE; r=Germany/DE:origin
customs_help | help me clear customs | 
customs_help | what items are restricted by customs | 
customs_help | brokerage charges on my shipment | 
# change_delivery
change_delivery | I need to change the delivery address | 
change_delivery | can you redeliver tomorrow | d=2025-03-21
change_delivery | wrong address on 1Z999AA10123456784 | t=1Z999AA10123456784
change_delivery | please hold my package at an access point | 
change_delivery | reschedule delivery to Monday | d=2025-03-24
change_delivery | I missed the driver, can you try again | 
change_delivery | deliver to my work address instead | 
change_delivery | change the shipping address on my parcel to Boston | to=Boston/US; r=Boston/US:destination
change_delivery | can I pick up my package at your store | 
change_delivery | redirect the package to my neighbour | 
change_delivery | the zip code is wrong | 
change_delivery | hold my parcel until I'm back from holiday | 
change_delivery | can you deliver on saturday | d=2025-03-22
change_delivery | please leave the package at the front desk | 
change_delivery | update my delivery address | 
change_delivery | I moved, can you reroute my package | 
change_delivery | send my parcel to a locker instead | 
change_delivery | I wont be home, can you deliver another day | 
change_delivery | fix the street name on the delivery | 
change_delivery | redelivery please | 
change_delivery | I want to collect my parcel from the depot | 
change_delivery | change delivery to next week | d=2025-03-24..2025-03-30
change_delivery | the apartment number is missing on my shipment | 
change_delivery | can the package go to my office | 
change_delivery | correct the address for the parcel to Dallas | to=Dallas/US; r=Dallas/US:destination
# billing
billing | question about my invoice | 
billing | why did you charge me twice | 
billing | I need a copy of last month's invoice | d=2025-02-01..2025-02-28
billing | dispute a charge on my account | 
billing | how can I pay my bill | 
billing | which payment methods are accepted | 
billing | my payment was declined | 
billing | where do I download my invoices | 
billing | there's a fee I don't understand | 
billing | I was overcharged | 
billing | what is this fuel surcharge | 
billing | can I get a receipt | 
billing | change my credit card on file | 
billing | payment failed again | 
billing | can I pay with a wire transfer | 
billing | my invoice is wrong | 
billing | refund my shipping costs | 
billing | why is my bill so high | 
billing | do you accept apple pay | 
billing | invoice for account A1B2C3 | a=A1B2C3
billing | I can't pay online, error at checkout | 
billing | how much do I owe | 
billing | send me the invoice for my last shipment | 
billing | charges on my statement look wrong | 
billing | billing problem | 
# account_access
account_access | I forgot my password | 
account_access | can't login | 
account_access | how do I reset my password | 
account_access | add my colleague as a user | 
account_access | remove an old employee from our account | 
account_access | change a user's role to admin | 
account_access | my account got locked | 
account_access | verification code never arrives | 
account_access | problems registering | 
account_access | sign up isn't working | 
account_access | who can access our account | 
account_access | I can't sign into the website | 
account_access | give view-only access to our accountant | 
account_access | unlock my login | 
account_access | the password reset email never came | 
account_access | create a new user for my team | 
account_access | how do I change my username | 
account_access | link my phone to my account | 
account_access | my 2fa code is not working | 
account_access | I cant log into my account | 
# account_number
account_number | what's my account number | 
account_number | where can I find my account number | 
account_number | my account number is 4X7Y9Z | a=4X7Y9Z
account_number | account: A1B2C3 | a=A1B2C3
account_number | acct no 9k8j7h | a=9K8J7H
account_number | I don't remember my account number | 
account_number | is my shipper number on the invoice | 
account_number | my customer number is 7R6T5Y | a=7R6T5Y
account_number | how do I look up my account number | 
account_number | 12AB34 | a=12AB34
account_number | what's a shipper number | 
account_number | here's my account number: w3x4y5 | a=W3X4Y5
# vip_service
vip_service | tell me about your VIP service | 
vip_service | can we get a dedicated account manager | 
vip_service | how do I upgrade to premium | 
vip_service | what does VIP cost per year | 
vip_service | do big shippers get priority service | 
vip_service | I'd like to join the VIP program | 
vip_service | what perks do premium customers get | 
vip_service | enterprise support options | 
vip_service | is there a VIP tier for businesses | 
vip_service | we want a personal account manager | 
# carbon_footprint
carbon_footprint | what's the carbon footprint of my shipments | 
carbon_footprint | how much CO2 did my parcels emit last month | d=2025-02-01..2025-02-28
carbon_footprint | do you have carbon neutral delivery | 
carbon_footprint | show my emissions report | 
carbon_footprint | can I offset my shipping emissions | 
carbon_footprint | how eco friendly is your shipping | 
carbon_footprint | co2 for 1Z999AA10123456784 | t=1Z999AA10123456784
carbon_footprint | environmental impact of my deliveries this year | d=2025-01-01..2025-12-31
carbon_footprint | sustainability data for our account | 
carbon_footprint | green shipping options | 
# talk_to_agent
talk_to_agent | I want to talk to a real person | 
talk_to_agent | human please | 
talk_to_agent | let me speak to an agent | 
talk_to_agent | connect me to customer service | 
talk_to_agent | can I speak with someone | 
talk_to_agent | I want to file a complaint | 
talk_to_agent | this is useless, get me a person | 
talk_to_agent | representative | 
talk_to_agent | I need to talk to a supervisor | 
talk_to_agent | what's your support phone number | 
talk_to_agent | transfer me to a live agent | 
talk_to_agent | I'd like to complain about the driver | 
talk_to_agent | can a human help me | 
talk_to_agent | customer service contact | 
talk_to_agent | how do I reach customer support | 
talk_to_agent | speak to somebody now | 
talk_to_agent | I want to talk to a real person about 1Z999AA10123456784 | t=1Z999AA10123456784
talk_to_agent | get me a manager | 
talk_to_agent | real person pls | 
talk_to_agent | talk to agent | 
# greeting / thanks / goodbye / help
greeting | hello there | 
greeting | hi! | 
greeting | good morning | 
greeting | hey | 
greeting | hiya bot | 
greeting | good afternoon | 
greeting | helo | 
greeting | hey hey | 
thanks | thank you | 
thanks | thanks a bunch | 
thanks | thx! | 
thanks | many thanks | 
thanks | great, thanks for your help | 
thanks | ty | 
thanks | cheers mate | 
thanks | thank u | 
goodbye | bye | 
goodbye | goodbye! | 
goodbye | see you later | 
goodbye | bye now | 
goodbye | have a good day, bye | 
goodbye | ok bye | 
help | help | 
help | what can you do? | 
help | how does this chat work | 
help | what can I ask | 
help | show me the menu | 
help | i need help | 
help | what are the options | 
help | what do you do | 
# out_of_scope
out_of_scope | what's the weather in London | 
out_of_scope | tell me a funny joke | 
out_of_scope | who is the best football player | 
out_of_scope | how do I cook pasta | 
out_of_scope | what's 2 plus 2 | 
out_of_scope | play my workout playlist | 
out_of_scope | book a hotel in Paris | 
out_of_scope | what is the population of India | 
out_of_scope | I want to buy a laptop | 
out_of_scope | sign me up for your newsletter | 
out_of_scope | recommend a good book | 
out_of_scope | how far is the moon | 
out_of_scope | what's bitcoin worth today | 
out_of_scope | set a timer for 10 minutes | 
out_of_scope | who sings this song | 
out_of_scope | what should I eat for dinner | 
out_of_scope | I want to write a review | 
out_of_scope | do you like cats | 
out_of_scope | how to learn guitar | 
out_of_scope | order me a burger | 
out_of_scope | what movies are playing tonight | 
out_of_scope | translate thank you to german | 
out_of_scope | what year did world war 2 end | 
out_of_scope | find flights to Rome | 
out_of_scope | is it going to snow | 

# Follow-ups, days said alone, corrections and bare answers (the dialog's context turns)
track_shipment | what about the one to Sydney? | to=Sydney/AU; r=Sydney/AU:destination
track_shipment | and the one to Paris? | to=Paris/FR; r=Paris/FR:destination
track_shipment | and the one from Madrid? | o=Madrid/ES; r=Madrid/ES:origin
track_shipment | what about the one I mailed to Lyon | to=Lyon/FR; r=Lyon/FR:destination
track_shipment | what about yesterday's? | d=2025-03-19
track_shipment | and today's? | d=2025-03-20
track_shipment | what about the 14th? | d=2025-03-14
track_shipment | the 14th | d=2025-03-14
track_shipment | no, the 14th | d=2025-03-14
track_shipment | on the 3rd | d=2025-03-03
track_shipment | it was the 21st | d=2025-02-21
track_shipment | the parcel I sent on the 2nd | d=2025-03-02
change_delivery | can you deliver it on the 25th | d=2025-03-25
track_shipment | not Shanghai, Shenzhen | p=Shenzhen/CN; n=Shanghai/CN
track_shipment | no, from Shenzhen | o=Shenzhen/CN; r=Shenzhen/CN:origin
track_shipment | not from Lyon, from Marseille | o=Marseille/FR; n=Lyon/FR; r=Marseille/FR:origin
track_shipment | it went to Tokyo, not Osaka | to=Tokyo/JP; n=Osaka/JP; r=Tokyo/JP:destination
track_shipment | London | to=London/GB; p=London/GB; r=London/GB:destination
track_shipment | Los Angeles | to=Los Angeles/US; p=Los Angeles/US; r=Los Angeles/US:destination
track_shipment | Chicago please | to=Chicago/US; p=Chicago/US; r=Chicago/US:destination
`;
