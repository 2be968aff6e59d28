/** Spanish role set (team-written from the domain). Tuned on. Format: devFormat.ts (r=, na=, dr=, ask=, s=). */
export const ES_ROLES_DEV = `
track_shipment | enséñame los envíos |
lost_or_delayed | mi paquete está atascado en Memphis | r=Memphis/US:location; s=stuck
lost_or_delayed | el envío a Lima lleva una semana parado en Miami | r=Lima/PE:destination; r=Miami/US:location; s=stuck
customs_help | mi paquete de China está retenido en la aduana de Madrid | r=China/CN:origin; r=Madrid/ES:location; s=held_in_customs
track_shipment | el seguimiento dice que está en Houston | r=Houston/US:location
change_delivery | quiero cambiar la dirección de entrega a Calle Mayor 12, Madrid | r=Madrid/ES:new_address; na=Calle Mayor 12, Madrid
change_delivery | por favor, entréguenlo en Avenida Reforma 222, Ciudad de México | r=Mexico City/MX:new_address; na=Avenida Reforma 222, Ciudad de México
change_delivery | la nueva dirección es Calle Serrano 45, Madrid | r=Madrid/ES:new_address; na=Calle Serrano 45, Madrid
change_delivery | el paquete para Sevilla, ¿lo pueden redirigir a Málaga? | r=Sevilla/ES:destination; r=Málaga/ES:new_address; na=Málaga
track_shipment | ¿dónde está mi paquete de Bogotá? Saludos, Juan Pérez, Distribuidora Andina, Medellín | r=Bogotá/CO:origin; r=Medellín/CO:noise; ask=location
track_shipment | revisen el 1Z999AA10123456784 por favor. Atentamente, Laura Gómez, Valencia | r=Valencia:noise
track_shipment | ¿cuándo me van a entregar el paquete? | ask=delivery_date
track_shipment | ¿ya entregaron mi paquete a Quito? | r=Quito/EC:destination; ask=status
track_shipment | ¿me puedes decir si ya llegó mi paquete a Quito? | r=Quito/EC:destination; ask=status
track_shipment | quiero saber si se entregó el paquete que mandé a Lima | r=Lima/PE:destination; ask=status
track_shipment | ¿quién firmó la entrega? | ask=signed_by
track_shipment | muéstrame los paquetes entregados | s=delivered
billing | tengo una factura vencida |
billing | mi pago está retenido |
track_shipment | el paquete que me llegó el lunes | s=delivered; dr=delivered
track_shipment | el paquete que envié el lunes a Lima | r=Lima/PE:destination; dr=shipped
track_shipment | ¿qué día se entregó mi envío a Roma? | r=Rome/IT:destination; ask=delivery_date
lost_or_delayed | el paquete desde Shanghái sigue en Los Ángeles | r=Shanghai/CN:origin; r=Los Angeles/US:location
track_shipment | ver todos los envíos de Barcelona | r=Barcelona/ES:origin
track_shipment | busca los envios a Madrid | r=Madrid/ES:destination
track_shipment | ¿dónde está mi envío a Berlín? | r=Berlin/DE:destination; ask=location
`;
