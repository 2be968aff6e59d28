/** The dictionary key of phrases that hold a service word but name something else ("ground floor", "收费标准"). */
export const NOT_A_SERVICE = 'not_service';
