/** Spanish dev set (team-written). Now: 2025-03-20 11:00 Europe/Madrid. See devFormat.ts. */
export const ES_TIME_ZONE = 'Europe/Madrid';

export const ES_DEV = `
track_shipment | ¿dónde está mi paquete? | 
track_shipment | quiero saber dónde está el paquete que mandé a Madrid hace dos días | d=2025-03-18; to=Madrid/ES; r=Madrid/ES:destination
track_shipment | estado del envío 1Z999AA10123456784 | t=1Z999AA10123456784
track_shipment | mi paquete de Barcelona a Londres, ¿dónde está? | o=Barcelona/ES; to=London/GB; r=Barcelona/ES:origin; r=London/GB:destination
track_shipment | rastrear el paquete que envié ayer a Nueva York | d=2025-03-19; to=New York/US; r=New York/US:destination
track_shipment | cuándo llega mi envío a México | to=Mexico/MX; r=Mexico/MX:destination
track_shipment | el paquete que mandé el 15 de marzo a Sevilla | d=2025-03-15; to=Sevilla/ES; r=Sevilla/ES:destination
track_shipment | dónde está la caja que envié a mi hija en París | to=Paris/FR; r=Paris/FR:destination
track_shipment | seguimiento de mi pedido | 
track_shipment | mis envíos de la semana pasada | d=2025-03-10..2025-03-16
track_shipment | dónde está el paquete desde Pekín | o=Beijing/CN; r=Beijing/CN:origin
track_shipment | necesito rastrear un envío a Bogotá | to=Bogotá/CO; r=Bogotá/CO:destination
track_shipment | el paquete que envié el viernes pasado a Lisboa | d=2025-03-14; to=Lisbon/PT; r=Lisbon/PT:destination
track_shipment | dnd esta mi paquete | 
track_shipment | ver mis envíos del mes pasado | d=2025-02-01..2025-02-28
lost_or_delayed | mi paquete no ha llegado | 
lost_or_delayed | perdieron mi envío a Roma | to=Rome/IT; r=Rome/IT:destination
lost_or_delayed | el paquete está atascado desde el lunes | d=2025-03-17
lost_or_delayed | mi pedido está retrasado | 
lost_or_delayed | dice entregado pero no recibí nada | 
lost_or_delayed | el envío de Shanghái lleva semanas sin llegar | o=Shanghai/CN; r=Shanghai/CN:origin
damaged_package | el paquete llegó roto | 
damaged_package | la caja vino aplastada y el contenido dañado | 
damaged_package | quiero reclamar porque llegó dañado | 
customs_help | mi paquete está retenido en la aduana | 
customs_help | cuánto tengo que pagar de impuestos de aduana | 
change_delivery | quiero cambiar la dirección de entrega | 
change_delivery | pueden entregarlo mañana | d=2025-03-21
change_delivery | déjenlo en un punto de recogida | 
billing | me cobraron dos veces el envío | 
billing | necesito una factura | 
billing | el pago no funciona | 
account_access | olvidé la contraseña | 
account_access | no puedo entrar a mi cuenta | 
account_number | mi número de cuenta es A1B2C3 | a=A1B2C3
account_number | dónde veo mi número de cuenta | 
vip_service | cómo consigo el servicio VIP | 
carbon_footprint | cuánto CO2 producen mis envíos | 
talk_to_agent | quiero hablar con una persona real | 
talk_to_agent | pásame con atención al cliente | 
talk_to_agent | tengo una queja | 
greeting | hola buenas | 
thanks | muchas gracias por la ayuda | 
goodbye | adiós, hasta luego | 
help | qué puedo preguntarte | 
out_of_scope | qué tiempo hace en Madrid | 
out_of_scope | cuéntame algo gracioso | 
out_of_scope | quiero comprar zapatos | 

# Seguimientos, días sueltos, correcciones y respuestas con solo un lugar
track_shipment | ¿y el de Madrid? | o=Madrid/ES; r=Madrid/ES:origin
track_shipment | ¿y el que mandé a París? | to=Paris/FR; r=Paris/FR:destination
track_shipment | ¿y el de ayer? | d=2025-03-19
track_shipment | el 14 | d=2025-03-14
track_shipment | no, el 3 | d=2025-03-03
track_shipment | el paquete del día 18 | d=2025-03-18
track_shipment | no es Madrid, es Barcelona | p=Barcelona/ES; n=Madrid/ES
track_shipment | no desde Zaragoza, desde Bilbao | o=Bilbao/ES; n=Zaragoza/ES; r=Bilbao/ES:origin
track_shipment | Lima | to=Lima/PE; p=Lima/PE; r=Lima/PE:destination
`;
