/** HELD OUT: Spanish role cases, never tuned on. Evaluated and printed apart. */
export const ES_ROLES_HELD_OUT = `
lost_or_delayed | mi caja lleva días atascada en Frankfurt | r=Frankfurt am Main/DE:location; s=stuck
customs_help | el envío desde Japón está retenido en la aduana de Santiago | r=Japan/JP:origin; r=Santiago/CL:location; s=exception
change_delivery | ¿pueden entregarlo en Calle Larios 3, Málaga? | r=Málaga/ES:new_address; na=Calle Larios 3, Málaga
change_delivery | cambien la dirección a Avenida Corrientes 1500, Buenos Aires | r=Buenos Aires/AR:new_address; na=Avenida Corrientes 1500, Buenos Aires
track_shipment | ¿dónde anda mi paquete a Lisboa? Un saludo, Marta Ruiz, Oficina de Compras, Zaragoza | r=Lisbon/PT:destination; r=Zaragoza/ES:noise; ask=location
track_shipment | ¿cuándo llega mi paquete a Lima? | r=Lima/PE:destination; ask=delivery_date
track_shipment | ¿ya llegó mi envío a París? | r=Paris/FR:destination; ask=status
track_shipment | enséñame los envíos entregados | s=delivered
billing | tengo un pago atrasado |
track_shipment | ¿quién recibió el paquete? | ask=signed_by
lost_or_delayed | el paquete para Quito está detenido en Panamá | r=Panama:location; r=Quito/EC:destination; s=stuck
track_shipment | el envío que recibí ayer desde Bogotá | r=Bogotá/CO:origin; dr=delivered
track_shipment | muéstrame los envíos de la semana pasada a Roma | r=Rome/IT:destination; dr=shipped
track_shipment | el rastreo dice que mi paquete está en Dallas | r=Dallas/US:location
change_delivery | la dirección nueva es Calle Colón 8, Valencia | r=Valencia:new_address; na=Calle Colón 8, Valencia
track_shipment | ¿qué día llegó mi paquete de Londres? | r=London/GB:origin; ask=delivery_date
`;
